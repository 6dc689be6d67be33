package vn.tdkt.nomination.council.application;

import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Who may see and run which council. Sở Nội vụ officers and administrators manage every council; a unit's officers
 * manage their unit's own council. Leaders read everything; a unit's officers read their unit's councils; a member
 * (the token subject is the member id) reads the councils they sit on and the sessions they are invited to, and
 * nothing else. A council or session the caller may not read answers 404; a missing role 403.
 */
public final class CouncilAccess {

    private CouncilAccess() {
    }

    public static boolean readsEveryCouncil(TdktPrincipal caller) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.LEADER, TdktRole.ADMIN);
    }

    public static boolean canRead(TdktPrincipal caller, Council council) {
        return readsEveryCouncil(caller) || isUnitOfficerOf(caller, council.level(), council.unitCode())
                || council.member(caller.subject()).isPresent();
    }

    public static boolean canRead(TdktPrincipal caller, CouncilSession session) {
        return readsEveryCouncil(caller)
                || isUnitOfficerOf(caller, session.councilLevel(), session.councilUnitCode())
                || session.isMember(caller.subject());
    }

    public static boolean canManage(TdktPrincipal caller, CouncilLevel level, String unitCode) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN) || isUnitOfficerOf(caller, level, unitCode);
    }

    public static void requireManager(TdktPrincipal caller, CouncilLevel level, String unitCode) {
        if (!canManage(caller, level, unitCode)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    private static boolean isUnitOfficerOf(TdktPrincipal caller, CouncilLevel level, String unitCode) {
        return level == CouncilLevel.UNIT && caller.hasRole(TdktRole.UNIT_OFFICER) && unitCode != null
                && unitCode.equals(caller.unitCode());
    }
}
