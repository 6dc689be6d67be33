package vn.tdkt.platform.security;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Roles carried in the token's {@code roles} claim. */
@RequiredArgsConstructor
@Getter
public enum TdktRole {
    UNIT_OFFICER("Cán bộ thi đua, khen thưởng của đơn vị"),
    SNV_OFFICER("Chuyên viên Sở Nội vụ (Phòng Thi đua, khen thưởng)"),
    COUNCIL_MEMBER("Thành viên Hội đồng Thi đua - Khen thưởng tỉnh"),
    LEADER("Lãnh đạo tỉnh"),
    ADMIN("Quản trị hệ thống");

    private final String label;

    public String authority() {
        return "ROLE_" + name();
    }
}
