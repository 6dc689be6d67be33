package vn.tdkt.nomination.access;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/**
 * The units a caller's list covers. Sở Nội vụ officers, council members, leaders and administrators read every unit's
 * records (all of them, or the unit they ask for); a unit officer reads the own unit's, and asking for another unit's
 * gets an empty page, as if there were none. Features whose readers differ (decisions, councils) keep their own rules.
 *
 * @param unitCode the unit the list is limited to; {@code null}: every unit
 * @param empty    a unit officer asked for another unit: the answer is an empty page
 */
public record UnitScope(String unitCode, boolean empty) {

    /**
     * @param requestedUnit the unit the caller asks for, as given ({@code null}: none)
     * @throws DomainException FORBIDDEN {@code security.forbidden} for a caller who is neither a province-wide reader
     *                         nor a unit officer with a unit
     */
    public static UnitScope of(TdktPrincipal caller, String requestedUnit) {
        if (readsEveryUnit(caller)) {
            return new UnitScope(requestedUnit, false);
        }
        String own = requireOwnUnit(caller);
        return new UnitScope(own, requestedUnit != null && !requestedUnit.equals(own));
    }

    /**
     * Every unit the caller reads: all of them ({@code unitCode} {@code null}) or the unit officer's own.
     *
     * @throws DomainException FORBIDDEN as {@link #of(TdktPrincipal, String)}
     */
    public static UnitScope of(TdktPrincipal caller) {
        return of(caller, null);
    }

    /**
     * @return the unit of the unit officer calling
     * @throws DomainException FORBIDDEN {@code security.forbidden} unless the caller is a unit officer with a unit
     */
    public static String requireOwnUnit(TdktPrincipal caller) {
        if (!caller.hasRole(TdktRole.UNIT_OFFICER) || caller.unitCode() == null) {
            throw DomainException.forbidden("security.forbidden");
        }
        return caller.unitCode();
    }

    /** Sở Nội vụ officers, council members, leaders and administrators read every unit's records. */
    public static boolean readsEveryUnit(TdktPrincipal caller) {
        return caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.COUNCIL_MEMBER, TdktRole.LEADER, TdktRole.ADMIN);
    }

    /**
     * One page within this scope: empty when {@link #empty}, else the items and the count of the scope's unit.
     *
     * @param items the page's records in a unit ({@code null}: every unit)
     * @param count how many records there are in that unit
     */
    public <T> PageResponse<T> page(PageQuery page, Function<String, List<T>> items, ToLongFunction<String> count) {
        if (empty) {
            return PageResponse.of(List.of(), page, 0);
        }
        return PageResponse.of(items.apply(unitCode), page, count.applyAsLong(unitCode));
    }
}
