package vn.tdkt.reporting.scoring.domain;

import java.time.Instant;
import java.util.List;

/**
 * A unit's score on one criterion.
 *
 * @param score         points, 0 to the criterion's weight; null while not scored
 * @param basis         how it was reached, e.g. "12/15" for an automatic score, "3 phiếu" for cross-scores
 * @param justification the cluster head's reason for a manual score
 * @param evidence      the facts behind an automatic score
 */
public record CriterionScore(String code, Double score, CriterionSource source, String basis, String justification,
        String scoredBy, Instant scoredAt, List<EvidenceLink> evidence) {

    public CriterionScore {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
