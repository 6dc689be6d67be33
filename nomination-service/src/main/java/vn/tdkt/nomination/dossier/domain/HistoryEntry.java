package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One transition or change of a dossier: who, when, from which state to which, and why. A resubmission lists the
 * fields that changed since the dossier was returned.
 */
public record HistoryEntry(Instant at, String actor, DossierAction action, DossierStatus from, DossierStatus to,
        List<String> reasons, LocalDate deadline, List<FieldChange> changes, String note) {

    public HistoryEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
