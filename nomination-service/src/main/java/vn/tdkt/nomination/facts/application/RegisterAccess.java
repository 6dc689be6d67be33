package vn.tdkt.nomination.facts.application;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/**
 * Who may use the fact registers (ratings, innovations, holds, disciplines): Sở Nội vụ officers and administrators
 * write; they, council members and province leaders read every unit's subjects; a unit officer reads only the
 * subjects of the own unit (another unit's record answers 404, as if it did not exist).
 */
public final class RegisterAccess {

    private RegisterAccess() {
    }

    /** @throws DomainException FORBIDDEN unless the caller is a Sở Nội vụ officer or an administrator */
    public static void requireWriter(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }

    /**
     * The unit a list is limited to: the requested one (or none) for province-wide readers, the own unit for a unit
     * officer. {@code null} means every unit.
     *
     * @throws DomainException FORBIDDEN for a caller with no reading role
     */
    public static UnitScope scope(TdktPrincipal caller, String requestedUnit) {
        return UnitScope.of(caller, requestedUnit, TdktRole.PROVINCE_READERS);
    }

    /** Whether the caller may read a record about a subject of {@code unitCode}. */
    public static boolean canRead(TdktPrincipal caller, String unitCode) {
        if (caller.hasAnyRole(TdktRole.PROVINCE_READERS)) {
            return true;
        }
        if (caller.hasRole(TdktRole.UNIT_OFFICER)) {
            return caller.unitCode() != null && caller.unitCode().equals(unitCode);
        }
        throw DomainException.forbidden("security.forbidden");
    }

    /**
     * One page of a register within the caller's {@link #scope}: a unit officer asking for another unit gets an empty
     * page.
     *
     * @param items the page's records in a unit ({@code null}: every unit)
     * @param count how many records there are in that unit
     */
    public static <T> PageResponse<T> page(TdktPrincipal caller, String requestedUnit, PageQuery page,
            Function<String, List<T>> items, ToLongFunction<String> count) {
        return scope(caller, requestedUnit).page(page, items, count);
    }
}
