package vn.tdkt.nomination.council.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Which emulation and commendation council (Hội đồng TĐKT): the province's, or a unit's own (DOMAIN §4.2). */
@RequiredArgsConstructor
@Getter
public enum CouncilLevel {
    /** Chaired by the Chủ tịch UBND tỉnh; Sở Nội vụ is its standing body (QĐ 86/2025/QĐ-UBND Bắc Ninh, Điều 8). */
    PROVINCE("Hội đồng Thi đua – Khen thưởng tỉnh"),
    /** A unit's own council, chaired by the head of the unit (Bắc Ninh Điều 9). */
    UNIT("Hội đồng Thi đua – Khen thưởng cơ sở");

    private final String label;
}
