package vn.tdkt.nomination.council.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.DecisionLevel;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.Tally;
import vn.tdkt.nomination.council.persistence.CouncilSessionStore;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * The gates of councils and public notice before a decision, judged on the catalogue version in force on the
 * decision date:
 * <ul>
 *   <li>an award that needs a council vote (R-VOTE-01) needs the latest closed session that voted on the dossier —
 *       of the provincial council for a provincial or state award — to have passed it on the total membership
 *       (R-VOTE-02), on or before the decision's date: none yet → {@code council.gate.no-vote}; held after the
 *       decision's date → {@code council.gate.vote-after-decision}; failed → {@code council.gate.vote-failed};</li>
 *   <li>an award published for comment (R-PUB-01) needs a notice whose window has closed with every comment resolved:
 *       none → {@code notice.gate.not-held}; still open, or open on the decision's date →
 *       {@code notice.gate.open}; unresolved comments → {@code notice.gate.unresolved-comments}.</li>
 * </ul>
 */
@Service
@RequiredArgsConstructor
public class CouncilDecisionGates implements DecisionGates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierService dossiers;
    private final CatalogueService catalogue;
    private final CouncilSessionStore sessions;
    private final NoticeService notices;
    private final Clock clock;

    /**
     * @throws DomainException NOT_FOUND {@code dossier.not-found} when no such dossier exists
     */
    @Override
    public List<GateReason> blockers(String dossierId, LocalDate decisionDate) {
        Dossier dossier = dossiers.find(dossierId)
                .orElseThrow(() -> DomainException.notFound("dossier.not-found", dossierId));
        AwardForm award = catalogue.inForceOn(decisionDate).find(dossier.proposal().awardCode())
                .orElseThrow(() -> DomainException.invalid("award.unknown", dossier.proposal().awardCode()));
        String subject = dossier.subject().name();
        List<GateReason> reasons = new ArrayList<>();
        if (award.vote().required()) {
            // a provincial or state award counts only the provincial council's vote: a unit council's later vote can
            // neither stand in for it nor overturn it (a unit-level award takes the latest vote of either)
            CouncilLevel required = award.decisionLevel() == DecisionLevel.UNIT ? null : CouncilLevel.PROVINCE;
            Optional<CouncilSession> session = sessions.lastClosedWith(dossierId, required);
            Optional<Tally> tally = session.flatMap(s -> s.tally(dossierId));
            LocalDate votedOn = session.map(s -> LocalDate.ofInstant(s.closedAt(), clock.getZone())).orElse(null);
            if (tally.isEmpty()) {
                reasons.add(new GateReason("council.gate.no-vote", List.of(subject, award.name())));
            } else if (votedOn.isAfter(decisionDate)) {
                // a decision cannot rest on a vote held after the date it bears
                reasons.add(new GateReason("council.gate.vote-after-decision", List.of(subject, award.name(),
                        DATE.format(decisionDate), DATE.format(votedOn))));
            } else if (!tally.get().passed()) {
                Tally t = tally.get();
                reasons.add(new GateReason("council.gate.vote-failed", List.of(subject, award.name(), t.approvals(),
                        t.totalMembers(), t.thresholdPercent())));
            }
        }
        if (award.publicNotice().required()) {
            Optional<NoticeService.NoticeState> notice = notices.stateFor(dossierId);
            if (notice.isEmpty()) {
                reasons.add(new GateReason("notice.gate.not-held", List.of(subject, award.name(),
                        award.publicNotice().workingDays())));
            } else if (notice.get().status() == NoticeStatus.OPEN || !decisionDate.isAfter(notice.get().closesOn())) {
                // open now, or still open on the date the decision bears
                reasons.add(new GateReason("notice.gate.open", List.of(subject, notice.get().closesOn())));
            } else if (notice.get().unresolvedComments() > 0) {
                reasons.add(new GateReason("notice.gate.unresolved-comments", List.of(subject,
                        notice.get().unresolvedComments())));
            }
        }
        return List.copyOf(reasons);
    }
}
