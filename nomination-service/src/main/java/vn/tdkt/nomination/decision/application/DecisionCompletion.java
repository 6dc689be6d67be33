package vn.tdkt.nomination.decision.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.persistence.DecisionClaimStore;
import vn.tdkt.nomination.decision.persistence.DecisionStore;
import lombok.RequiredArgsConstructor;

/**
 * Nothing a decision brings about is lost when its writer stops half-way (no transactions): decided decisions whose
 * awards or audit entry are not all written are completed, and dossiers claimed by a decision that was never written
 * are given back ({@code DecisionJobs} runs it on one instance at a time). Every step is repeatable.
 */
@Component
@RequiredArgsConstructor
public class DecisionCompletion {

    private static final Logger log = LoggerFactory.getLogger(DecisionCompletion.class);

    private final DecisionStore decisions;
    private final DecisionClaimStore claims;
    private final DecisionRegistration registration;
    private final DecisionProperties properties;
    private final Clock clock;

    /** @return how many decisions were completed and how many abandoned claims released */
    public int complete() {
        Instant before = clock.instant().minus(properties.completionAfter());
        int done = 0;
        for (Decision decision : decisions.unregistered(before)) {
            registration.complete(decision.id());
            log.warn("Completed decision {} ({}) whose awards were not all written", decision.id(),
                    decision.act().number());
            done++;
        }
        Map<String, List<String>> released = claims.releaseAbandoned(before, id -> decisions.find(id).isPresent());
        released.forEach((decisionId, dossierIds) -> log.warn(
                "Released dossiers {} claimed by decision {}, which was never written", dossierIds, decisionId));
        return done + released.size();
    }
}
