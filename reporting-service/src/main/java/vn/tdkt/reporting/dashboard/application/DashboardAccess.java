package vn.tdkt.reporting.dashboard.application;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * Who sees which figures: province leaders, Sở Nội vụ officers, administrators and council members see the whole
 * province (and may narrow it to one unit); a unit officer sees only their own unit, and asking for another unit
 * answers 404 (its existence is not revealed). Anyone else gets 403.
 */
@Component
public class DashboardAccess {

    /** The roles allowed on the dashboard, for {@code @PreAuthorize}. */
    public static final String READERS =
            "hasAnyRole('LEADER','SNV_OFFICER','ADMIN','COUNCIL_MEMBER','UNIT_OFFICER')";

    /**
     * @param requestedUnit a unit filter from the request, or null/blank for "everything I may see"
     * @return the unit the figures must be limited to; empty for the whole province
     */
    public Optional<String> scope(TdktPrincipal principal, String requestedUnit) {
        String requested = requestedUnit == null || requestedUnit.isBlank() ? null : requestedUnit.trim();
        if (seesProvince(principal)) {
            return Optional.ofNullable(requested);
        }
        if (principal.hasRole(TdktRole.UNIT_OFFICER) && principal.unitCode() != null) {
            if (requested == null || requested.equals(principal.unitCode())) {
                return Optional.of(principal.unitCode());
            }
            throw DomainException.notFound("reporting.unit.not-found", requested);
        }
        throw DomainException.forbidden("reporting.role.required");
    }

    /** Whether the caller may see a row of {@code unit}; 403 if the caller may see no row at all. */
    public boolean canSee(TdktPrincipal principal, String unit) {
        return scope(principal, null).map(own -> own.equals(unit)).orElse(true);
    }

    private static boolean seesProvince(TdktPrincipal principal) {
        return principal.hasAnyRole(TdktRole.LEADER, TdktRole.SNV_OFFICER, TdktRole.ADMIN, TdktRole.COUNCIL_MEMBER);
    }
}
