package vn.tdkt.nomination.access;

import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * The role checks application services make before they act. An endpoint's {@code @PreAuthorize} is the first gate;
 * these keep a service right when it is called from elsewhere, and every one answers the same 403 problem
 * ({@code security.forbidden}).
 */
public final class RoleChecks {

    private RoleChecks() {
    }

    /** @throws DomainException FORBIDDEN unless the caller holds one of {@code roles} */
    public static void requireAnyRole(TdktPrincipal caller, TdktRole... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    /**
     * @return the unit of the unit officer calling
     * @throws DomainException FORBIDDEN unless the caller is a unit officer with a unit
     */
    public static String requireUnitOfficer(TdktPrincipal caller) {
        if (!caller.hasRole(TdktRole.UNIT_OFFICER) || caller.unitCode() == null) {
            throw DomainException.forbidden("security.forbidden");
        }
        return caller.unitCode();
    }

    /** @throws DomainException FORBIDDEN unless the caller reads unit records: a province-wide reader or a unit officer */
    public static void requireReader(TdktPrincipal caller) {
        if (!UnitScope.readsEveryUnit(caller) && !caller.hasRole(TdktRole.UNIT_OFFICER)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }
}
