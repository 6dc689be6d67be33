package vn.tdkt.plan.unit.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Kind of org unit. */
@RequiredArgsConstructor
@Getter
public enum UnitKind {
    PROVINCE("UBND tỉnh"),
    OFFICE("Văn phòng"),
    DEPARTMENT("Sở, ban, ngành"),
    /**
     * Historical only: a district (huyện, thị xã, thành phố thuộc tỉnh). The district level ended with the 2025
     * reorganisation (two-level local government from 01/7/2025), so such a unit must be inactive by {@link
     * #DISTRICT_LEVEL_LAST_DAY}; it stays in the registry so plans and awards of its time keep pointing at it.
     */
    DISTRICT("Huyện, thị xã, thành phố thuộc tỉnh (đến 30/6/2025)"),
    COMMUNE("Xã"),
    WARD("Phường"),
    SPECIAL_ZONE("Đặc khu"),
    SUB_UNIT("Đơn vị trực thuộc"),
    ENTERPRISE("Doanh nghiệp"),
    COUNCIL("Hội đồng"),
    EXTERNAL("Cơ quan ngoài tỉnh"),
    /** A collective addressee of plans ("các cơ quan, đơn vị, địa phương", "lãnh đạo tỉnh"), not one body. */
    GROUP("Nhóm cơ quan, đơn vị");

    /** The last day district-level units existed (two-level local government from 01/7/2025). */
    public static final java.time.LocalDate DISTRICT_LEVEL_LAST_DAY = java.time.LocalDate.of(2025, 6, 30);

    private final String label;
}
