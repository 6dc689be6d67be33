package vn.tdkt.contracts.nomination;

import vn.tdkt.contracts.EventPayload;

/** Every event a nomination dossier (hồ sơ đề nghị khen thưởng) publishes. Keyed by {@code dossierId}. */
public sealed interface DossierEvent extends EventPayload
        permits DossierSubmitted, DossierAppraised, DossierReturned, DossierResubmitted, DossierRecalled,
        DossierAssigned, DossierSlaDue, DossierSlaBreached {

    /** The dossier this event is about. */
    DossierRef dossier();

    default String dossierId() {
        return dossier().dossierId();
    }

    @Override
    default String aggregateId() {
        return dossierId();
    }
}
