package vn.tdkt.nomination.council.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.platform.domain.DomainException;

/**
 * The gates of councils and public notice before a decision, judged on the catalogue version in force on the
 * decision date: an award that needs a council vote (R-VOTE-01) needs a passing tally of total membership (R-VOTE-02);
 * an award published for comment (R-PUB-01) needs a notice whose window has closed with every comment resolved.
 */
@Service
public class CouncilDecisionGates implements DecisionGates {

    private final DossierService dossiers;
    private final CatalogueService catalogue;

    public CouncilDecisionGates(DossierService dossiers, CatalogueService catalogue) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
    }

    /**
     * @throws DomainException NOT_FOUND {@code dossier.not-found} when no such dossier exists
     */
    @Override
    public List<GateReason> blockers(String dossierId, LocalDate decisionDate) {
        Dossier dossier = dossiers.find(dossierId)
                .orElseThrow(() -> DomainException.notFound("dossier.not-found", dossierId));
        AwardForm award = catalogue.inForceOn(decisionDate).find(dossier.proposal().awardCode())
                .orElseThrow(() -> DomainException.invalid("award.unknown", dossier.proposal().awardCode()));
        List<GateReason> reasons = new ArrayList<>();
        if (award.vote().required()) {
            reasons.add(new GateReason("council.gate.no-passing-vote", List.of(dossier.subject().name(),
                    award.name(), percent(award.vote().threshold()))));
        }
        if (award.publicNotice().required()) {
            reasons.add(new GateReason("notice.gate.not-held", List.of(dossier.subject().name(), award.name(),
                    award.publicNotice().workingDays())));
        }
        return List.copyOf(reasons);
    }

    static int percent(BigDecimal share) {
        return share.movePointRight(2).intValue();
    }
}
