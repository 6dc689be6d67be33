package vn.tdkt.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.tdkt.platform.domain.DomainException;

/**
 * Who is calling: the token subject, the org unit the user or client belongs to, and its roles. Services scope
 * every query with {@link UnitScope} or {@link #canAccessUnit(String)} so a unit officer only ever sees their own
 * unit's data, and guard a command by role with {@link #requireAnyRole} (403 {@code security.forbidden}, the
 * platform's message).
 * <p>A caller that names no unit holds no role unless one of its roles reads province-wide
 * ({@link TdktRole#PROVINCE_WIDE}): its reads would be scoped to a unit it does not have, and a unit filter given
 * no unit filters nothing. So however a principal is made (a token, a test, a message), it fails closed rather than
 * seeing every unit's data.
 *
 * @param unitCode the caller's unit; a blank one is none ({@code null})
 */
public record TdktPrincipal(String subject, String unitCode, Set<TdktRole> roles) {

    public TdktPrincipal {
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (unitCode == null && !readsProvinceWide(roles)) {
            roles = Set.of();
        }
    }

    private static boolean readsProvinceWide(Set<TdktRole> roles) {
        return roles.stream().anyMatch(TdktRole.PROVINCE_WIDE::contains);
    }

    public boolean hasRole(TdktRole role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(TdktRole... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean hasAnyRole(Set<TdktRole> candidates) {
        return roles.stream().anyMatch(candidates::contains);
    }

    /** Refuses (403 {@code security.forbidden}) a caller who holds none of {@code allowed}. */
    public void requireAnyRole(TdktRole... allowed) {
        if (!hasAnyRole(allowed)) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    /** Refuses (403 {@code security.forbidden}) a caller with no role on this platform at all. */
    public void requireSomeRole() {
        if (roles.isEmpty()) {
            throw DomainException.forbidden("security.forbidden");
        }
    }

    /** Sở Nội vụ officers, province leaders and administrators see every unit's data. */
    public boolean isProvinceWide() {
        return readsProvinceWide(roles);
    }

    public boolean canAccessUnit(String unit) {
        return isProvinceWide() || (unitCode != null && unitCode.equals(unit));
    }
}
