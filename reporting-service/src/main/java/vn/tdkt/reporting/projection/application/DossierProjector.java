package vn.tdkt.reporting.projection.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.reporting.projection.domain.DossierState;
import vn.tdkt.reporting.projection.persistence.DossierViewStore;
import vn.tdkt.reporting.projection.persistence.DossierViewStore.DossierRow;

/** Keeps the dossier read model in step with nomination events. */
@Service
public class DossierProjector {

    static final String VIEW = "dossiers";

    private final DossierViewStore store;
    private final ProjectionGuard guard;
    private final Clock clock;

    public DossierProjector(DossierViewStore store, ProjectionGuard guard, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.clock = clock;
    }

    public boolean submitted(String eventId, String dossierId, long sequence, DossierSubmitted event) {
        DossierRow row = new DossierRow(event.unitCode(), event.subjectType().name(), event.subjectName(),
                event.awardCode(), event.awardName(), event.year(), DossierState.SUBMITTED, List.of(),
                event.submittedAt(), null);
        return guard.apply(eventId, VIEW, dossierId, () -> store.apply(dossierId, sequence, row, clock.instant()));
    }

    public boolean appraised(String eventId, String dossierId, long sequence, DossierAppraised event) {
        DossierState state = event.outcome() == AppraisalOutcome.ELIGIBLE
                ? DossierState.ELIGIBLE : DossierState.NOT_ELIGIBLE;
        DossierRow row = new DossierRow(event.unitCode(), event.subjectType().name(), event.subjectName(),
                event.awardCode(), event.awardName(), null, state, List.copyOf(event.reasons()), null,
                event.appraisedAt());
        return guard.apply(eventId, VIEW, dossierId, () -> store.apply(dossierId, sequence, row, clock.instant()));
    }
}
