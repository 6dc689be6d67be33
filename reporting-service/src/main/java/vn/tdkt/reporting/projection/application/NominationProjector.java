package vn.tdkt.reporting.projection.application;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardEvent;
import vn.tdkt.contracts.nomination.AwardRef;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.DossierEvent;
import vn.tdkt.contracts.nomination.PublicNoticeEvent;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.reporting.projection.domain.AwardRow;
import vn.tdkt.reporting.projection.domain.CouncilSessionRow;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.persistence.AwardRows;
import vn.tdkt.reporting.projection.persistence.CouncilSessions;
import vn.tdkt.reporting.projection.persistence.DossierRows;
import lombok.RequiredArgsConstructor;

/**
 * Keeps the nomination-side read models in step: dossiers (fed by the dossier, its council session, its public
 * notice and its award), council sessions and the award register.
 */
@Service
@RequiredArgsConstructor
public class NominationProjector {

    static final String DOSSIERS = "dossiers";

    private final Projection projection;
    private final DossierRows dossiers;
    private final CouncilSessions sessions;
    private final AwardRows awards;

    /**
     * The handler of one dossier event: its step on the row of the dossier its header names (e.g.
     * {@code dossierStep(DossierRow::submitted)}).
     */
    public <E extends DossierEvent> Consumer<InboundEvent<E>> dossierStep(BiFunction<DossierRow, E, DossierRow> step) {
        return event -> projection.apply(dossiers, DOSSIERS, event.payload().dossierId(), SourceAggregate.DOSSIER,
                event, row -> step.apply(row, event.payload()));
    }

    /** The session row, and each dossier on the agenda. */
    public boolean sessionScheduled(InboundEvent<CouncilSessionScheduled> e) {
        CouncilSessionScheduled session = e.payload();
        return sessionAndDossiers(e, session.sessionId(), row -> row.scheduled(session), session.agenda(),
                CouncilSessionScheduled.AgendaItem::dossierId, (row, item) -> row.scheduled(session, item));
    }

    /** The session row, and each dossier voted on. */
    public boolean voted(InboundEvent<CouncilVoted> e) {
        CouncilVoted vote = e.payload();
        return sessionAndDossiers(e, vote.sessionId(), row -> row.voted(vote), vote.tallies(),
                CouncilVoted.Tally::dossierId, (row, tally) -> row.voted(vote, tally));
    }

    /**
     * A session event: its step on the session row, then on the row of each dossier it names (the session's sequence
     * guards each dossier row apart).
     */
    private <T> boolean sessionAndDossiers(InboundEvent<?> e, String sessionId,
            UnaryOperator<CouncilSessionRow> sessionStep, List<T> items, Function<T, String> dossierId,
            BiFunction<DossierRow, T, DossierRow> dossierStep) {
        boolean changed = projection.apply(sessions, "council", sessionId, SourceAggregate.SESSION, e, sessionStep);
        for (T item : items) {
            changed |= projection.apply(dossiers, DOSSIERS, dossierId.apply(item), SourceAggregate.SESSION, e,
                    row -> dossierStep.apply(row, item));
        }
        return changed;
    }

    /** The handler of one public notice event: its step on the row of the dossier the notice shows. */
    public <E extends PublicNoticeEvent> Consumer<InboundEvent<E>> noticeStep(
            BiFunction<DossierRow, E, DossierRow> step) {
        return event -> projection.apply(dossiers, DOSSIERS, event.payload().notice().dossierId(),
                SourceAggregate.NOTICE, event, row -> step.apply(row, event.payload()));
    }

    public boolean awardDecided(InboundEvent<AwardDecided> e) {
        return award(e, row -> row.decided(e.payload(), e.id()), row -> row.decided(e.payload()));
    }

    public boolean awardRevoked(InboundEvent<AwardRevoked> e) {
        return award(e, row -> row.revoked(e.payload()), row -> row.revoked(e.payload()));
    }

    /** The register entry and, when the award came from a dossier, that dossier's last step. */
    private boolean award(InboundEvent<? extends AwardEvent> e, UnaryOperator<AwardRow> entry,
            UnaryOperator<DossierRow> dossierStep) {
        AwardRef award = e.payload().award();
        boolean changed = projection.apply(awards, "awards", award.awardId(), SourceAggregate.AWARD, e, entry);
        if (award.dossierId() != null) {
            changed |= projection.apply(dossiers, DOSSIERS, award.dossierId(), SourceAggregate.AWARD, e, dossierStep);
        }
        return changed;
    }
}
