package vn.tdkt.reporting.scoring.domain;

import java.time.Instant;

/** One member's score of another member on a cross-scored criterion (chấm chéo). */
public record CrossScore(String fromUnit, String toUnit, String criterionCode, double score, String justification,
        String scoredBy, Instant scoredAt) {
}
