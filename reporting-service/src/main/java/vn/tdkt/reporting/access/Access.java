package vn.tdkt.reporting.access;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;

/**
 * Who reads which figures, the same everywhere in this service: province leaders, Sở Nội vụ officers,
 * administrators and council members read the whole province (and may narrow it to one unit); a unit officer reads
 * only their own unit, and asking for another unit's data answers 404 (its existence is not revealed). A caller
 * with none of these roles gets 403. The roles each endpoint admits are
 * named with the kit's {@link vn.tdkt.platform.security.Roles}.
 */
public final class Access {

    private Access() {
    }

    /**
     * @param requestedUnit a unit filter from the request, or null/blank for "everything I may see"
     * @return the unit the figures must be limited to; empty for the whole province
     */
    public static Optional<String> scope(TdktPrincipal principal, String requestedUnit) {
        return Optional.ofNullable(UnitScope.of(principal, requestedUnit, TdktRole.PROVINCE_READERS)
                .unitOrNotFound("reporting.unit.not-found"));
    }

    /** Whether the caller may see data of {@code unit}; 403 if the caller may see nothing at all. */
    public static boolean canSee(TdktPrincipal principal, String unit) {
        return scope(principal, null).map(own -> own.equals(unit)).orElse(true);
    }

    /**
     * Whether the caller may see something that concerns some units ({@code concerns}: whether it concerns a given
     * unit): province-wide readers see everything, a unit officer what concerns their unit; 403 for a caller who may
     * see nothing at all.
     */
    public static <T> Predicate<T> sees(TdktPrincipal principal, BiPredicate<T, String> concerns) {
        Optional<String> scope = scope(principal, null);
        return thing -> scope.map(unit -> concerns.test(thing, unit)).orElse(true);
    }

    public static boolean seesProvince(TdktPrincipal principal) {
        return principal.hasAnyRole(TdktRole.PROVINCE_READERS);
    }

    /** Sở Nội vụ officers and administrators: they define obligations, return reports, run scoring for any cluster. */
    public static boolean isSnv(TdktPrincipal principal) {
        return principal.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    public static void requireSnv(TdktPrincipal principal) {
        if (!isSnv(principal)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }
}
