package vn.tdkt.nomination.council.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A member's place in the council (QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 8 k1). */
@RequiredArgsConstructor
@Getter
public enum MemberRole {
    CHU_TICH("Chủ tịch Hội đồng"),
    PHO_CHU_TICH("Phó Chủ tịch Hội đồng"),
    THUONG_TRUC("Ủy viên thường trực"),
    UY_VIEN("Ủy viên");

    private final String label;
}
