package vn.tdkt.platform.security;

import java.util.Set;
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

    /** The roles that read every unit's records wherever they may read at all. */
    public static final Set<TdktRole> PROVINCE_WIDE = Set.of(SNV_OFFICER, LEADER, ADMIN);

    /**
     * The province-wide roles and council members, who appraise and vote on every unit's dossiers: the readers of
     * every unit in nomination-service and reporting-service ({@link Roles#PROVINCE_READERS} at the endpoints).
     */
    public static final Set<TdktRole> PROVINCE_READERS = Set.of(SNV_OFFICER, COUNCIL_MEMBER, LEADER, ADMIN);

    /** Sở Nội vụ officers and administrators: the readers of every unit's delivery log and subscriptions. */
    public static final Set<TdktRole> SNV_OR_ADMIN = Set.of(SNV_OFFICER, ADMIN);

    private final String label;

    public String authority() {
        return "ROLE_" + name();
    }
}
