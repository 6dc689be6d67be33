package vn.tdkt.nomination.register.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where an award of the register stands. */
@RequiredArgsConstructor
@Getter
public enum AwardStatus {
    ACTIVE("Đang có hiệu lực"),
    /** Hủy bỏ (Luật Thi đua, khen thưởng 2022 Điều 93 khoản 2): it never counts again, money and items recovered. */
    REVOKED("Đã hủy bỏ");

    private final String label;
}
