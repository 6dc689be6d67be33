package vn.tdkt.platform.security;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/**
 * Which unit's records one caller's list covers, where a list covers one unit or every unit: decided the same way in
 * every service that has such lists (inboxes, movements, registrations and councils have visibility rules of their
 * own). The readers of every
 * unit (the roles a feature names, e.g. {@link TdktRole#PROVINCE_WIDE}) see all units, or the one they ask for;
 * anyone else sees only the own unit. A request of such a caller for another unit is <em>foreign</em>: the feature
 * answers it as if there were nothing there (an empty page, or 404), never with the other unit's records.
 *
 * @param unitCode    the unit the records are limited to; {@code null}: every unit
 * @param foreignUnit the other unit a unit-scoped caller asked for; {@code null} when it asked for none or its own
 */
public record UnitScope(String unitCode, String foreignUnit) {

    /**
     * @param requestedUnit    the unit the request asks for, as given ({@code null} or blank: none)
     * @param everyUnitReaders the roles that read every unit's records in this feature
     * @throws DomainException FORBIDDEN {@code security.forbidden} for a caller who is no reader of every unit and
     *                         has no role or no unit (say a leader without a unit where only Sở Nội vụ reads all)
     */
    public static UnitScope of(TdktPrincipal caller, String requestedUnit, Set<TdktRole> everyUnitReaders) {
        String requested = requestedUnit == null || requestedUnit.isBlank() ? null : requestedUnit.strip();
        if (caller.hasAnyRole(everyUnitReaders)) {
            return new UnitScope(requested, null);
        }
        String own = requireUnit(caller);
        return new UnitScope(own, requested == null || requested.equals(own) ? null : requested);
    }

    /**
     * @return the unit of the unit officer calling
     * @throws DomainException FORBIDDEN {@code security.forbidden} unless the caller is a unit officer with a unit
     */
    public static String requireOwnUnit(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER);
        return requireUnit(caller);
    }

    private static String requireUnit(TdktPrincipal caller) {
        caller.requireSomeRole();
        if (caller.unitCode() == null) {
            throw DomainException.forbidden("security.forbidden");
        }
        return caller.unitCode();
    }

    /** Whether a unit-scoped caller asked for another unit than its own. */
    public boolean foreign() {
        return foreignUnit != null;
    }

    /**
     * @return the unit to limit the records to ({@code null}: every unit)
     * @throws DomainException NOT_FOUND {@code notFoundCode} (with the unit asked for) when the request is foreign
     */
    public String unitOrNotFound(String notFoundCode) {
        if (foreign()) {
            throw DomainException.notFound(notFoundCode, foreignUnit);
        }
        return unitCode;
    }

    /**
     * One page within this scope: empty when foreign, else the items and the count of the scope's unit.
     *
     * @param items the page's records in a unit ({@code null}: every unit)
     * @param count how many records there are in that unit
     */
    public <T> PageResponse<T> page(PageQuery page, Function<String, List<T>> items, ToLongFunction<String> count) {
        if (foreign()) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PageResponse.of(items.apply(unitCode), page, count.applyAsLong(unitCode));
    }
}
