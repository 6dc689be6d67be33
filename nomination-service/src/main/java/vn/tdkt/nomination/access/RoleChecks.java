package vn.tdkt.nomination.access;

import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * The former role checks, now the platform's ({@code TdktPrincipal.requireAnyRole} / {@code requireSomeRole}, 403
 * {@code security.forbidden}). They stay only for {@code DossierService}, whose file is being reshaped with the dossier
 * events; call the platform's methods directly everywhere else, and remove this class once that file moves to them.
 */
public final class RoleChecks {

    private RoleChecks() {
    }

    /** {@link TdktPrincipal#requireAnyRole}. */
    public static void requireAnyRole(TdktPrincipal caller, TdktRole... roles) {
        caller.requireAnyRole(roles);
    }

    /**
     * {@link TdktPrincipal#requireSomeRole}: every role reads unit records (province-wide readers all units', a unit
     * officer the own unit's, see {@link UnitScope}).
     */
    public static void requireReader(TdktPrincipal caller) {
        caller.requireSomeRole();
    }
}
