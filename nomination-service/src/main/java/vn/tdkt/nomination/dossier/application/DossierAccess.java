package vn.tdkt.nomination.dossier.application;

import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;

/** Who may read and change which dossier (see {@link DossierService}). */
public final class DossierAccess {

    private DossierAccess() {
    }

    /** Sở Nội vụ officers, council members, leaders and administrators read every unit's dossiers. */
    public static boolean canRead(TdktPrincipal caller, Dossier dossier) {
        return caller.hasAnyRole(TdktRole.PROVINCE_READERS) || isOwnUnitOfficer(caller, dossier.unitCode());
    }

    public static boolean isOwnUnitOfficer(TdktPrincipal caller, String unitCode) {
        return caller.hasRole(TdktRole.UNIT_OFFICER) && unitCode != null && unitCode.equals(caller.unitCode());
    }

    /** The owning unit's officers (and Sở Nội vụ officers) edit the content and the documents. */
    public static void requireEditor(TdktPrincipal caller, Dossier dossier) {
        if (!caller.hasRole(TdktRole.SNV_OFFICER) && !isOwnUnitOfficer(caller, dossier.unitCode())) {
            throw DomainException.forbidden("dossier.edit-forbidden");
        }
    }

    /** Only the owning unit's officers submit, recall and resubmit: the proposal is the unit's act. */
    public static void requireOwnUnitOfficer(TdktPrincipal caller, Dossier dossier) {
        if (!isOwnUnitOfficer(caller, dossier.unitCode())) {
            throw DomainException.forbidden("dossier.submit-forbidden", dossier.unitCode());
        }
    }

    /** The unit a new dossier belongs to: the unit officer's own, or the one a Sở Nội vụ officer names. */
    public static String owningUnit(TdktPrincipal caller, String requestedUnit) {
        boolean requested = requestedUnit != null && !requestedUnit.isBlank();
        if (caller.hasRole(TdktRole.SNV_OFFICER)) {
            String unit = requested ? requestedUnit : caller.unitCode();
            if (unit == null || unit.isBlank()) {
                throw DomainException.invalid("dossier.unit-required");
            }
            return unit;
        }
        UnitScope.requireOwnUnit(caller);
        if (requested && !requestedUnit.equals(caller.unitCode())) {
            throw DomainException.forbidden("dossier.other-unit-forbidden", caller.unitCode());
        }
        return caller.unitCode();
    }
}
