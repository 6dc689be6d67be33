package vn.tdkt.nomination.decision.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param blockingRules     rules whose failure on the decision date refuses a decision: the deciding authority
 *                          (R-AUTH-01/02/03), a hold (R-GEN-05), a dissolved unit (R-GEN-10)
 * @param completionAfter   a decided decision whose awards are not all written after this long is completed by the
 *                          job (its writer stopped half-way); a claim without its decision is released
 * @param completionInterval how often the job looks
 */
@ConfigurationProperties("tdkt.nomination.decision")
public record DecisionProperties(List<String> blockingRules, Duration completionAfter, Duration completionInterval) {

    public DecisionProperties {
        blockingRules = blockingRules == null ? List.of("R-AUTH-01", "R-AUTH-02", "R-AUTH-03", "R-GEN-05", "R-GEN-10")
                : List.copyOf(blockingRules);
        completionAfter = completionAfter == null ? Duration.ofMinutes(2) : completionAfter;
        completionInterval = completionInterval == null ? Duration.ofMinutes(1) : completionInterval;
    }
}
