package vn.tdkt.platform.security;

import java.util.EnumSet;
import java.util.Set;
import vn.tdkt.platform.domain.DomainException;

/**
 * Who is calling: the token subject, the org unit the user or client belongs to, and its roles. Services scope
 * every query with {@link #canAccessUnit(String)} so a unit officer only ever sees their own unit's data, and guard
 * a command by role with {@link #requireAnyRole} (403 {@code security.forbidden}, the platform's message).
 */
public record TdktPrincipal(String subject, String unitCode, Set<TdktRole> roles) {

    private static final Set<TdktRole> PROVINCE_WIDE_READERS =
            EnumSet.of(TdktRole.SNV_OFFICER, TdktRole.LEADER, TdktRole.ADMIN);

    public TdktPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(TdktRole role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(TdktRole... candidates) {
        for (TdktRole candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
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
        return roles.stream().anyMatch(PROVINCE_WIDE_READERS::contains);
    }

    public boolean canAccessUnit(String unit) {
        return isProvinceWide() || (unitCode != null && unitCode.equals(unit));
    }
}
