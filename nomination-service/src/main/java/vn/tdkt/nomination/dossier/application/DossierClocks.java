package vn.tdkt.nomination.dossier.application;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.nomination.DossierEvent;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.persistence.DossierStore;
import vn.tdkt.nomination.sla.application.ClockedAggregates;
import vn.tdkt.nomination.sla.domain.SlaContext;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * The dossiers' part of the SLA scan. Candidates come from the {@code nextSlaCheck} index (each dossier's first day
 * a notice could be due, plus a margin for calendar overrides); each is updated only if it still has the version the
 * scan read, so the notice and its mark are written once: a concurrent scan or command makes the save fail and the
 * next scan re-reads the dossier.
 */
@Component
@RequiredArgsConstructor
public class DossierClocks implements ClockedAggregates {

    private static final Logger log = LoggerFactory.getLogger(DossierClocks.class);

    private final DossierStore store;

    @Override
    public ScanResult giveNoticesDue(LocalDate today, int marginDays, SlaContext sla) {
        int emitted = 0;
        int conflicts = 0;
        List<Versioned<Dossier>> candidates = store.slaCandidates(today.plusDays(marginDays));
        for (Versioned<Dossier> candidate : candidates) {
            // decided on the copy read by the scan; only a dossier with a notice due is written
            if (candidate.value().checkClocks(today, sla).isEmpty()) {
                continue;
            }
            long read = candidate.version();
            int[] written = {0};
            try {
                store.update(candidate.value().id(), version -> {
                    if (version != read) {
                        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch", read,
                                version);
                    }
                }, d -> {
                    List<DossierEvent> events = d.checkClocks(today, sla);
                    written[0] = events.size();
                    return events;
                });
                emitted += written[0];
            } catch (OptimisticLockingFailureException | DomainException changedMeanwhile) {
                conflicts++;
                log.debug("Dossier {} changed during the SLA scan; it is looked at again next time",
                        candidate.value().id());
            }
        }
        return new ScanResult(candidates.size(), emitted, conflicts);
    }
}
