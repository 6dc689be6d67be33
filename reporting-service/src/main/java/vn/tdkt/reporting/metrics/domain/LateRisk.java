package vn.tdkt.reporting.metrics.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * A unit's risk of missing its next deadline, from its history: the share of its past deadlines (tasks it leads,
 * reports it owes) missed or met late, smoothed so that a short history does not read as certainty
 * ({@code (late + 1) / (deadlines + 2)}, Laplace's rule of succession): no history gives 0.5, one late task out of
 * one gives 0.67, none late out of twenty gives 0.05.
 *
 * @param late      deadlines met late or still missed after passing
 * @param deadlines deadlines that have passed (or were met)
 */
public record LateRisk(String unit, int late, int deadlines, double score, Level level) {

    @RequiredArgsConstructor
    public enum Level {
        LOW("Thấp"), MEDIUM("Trung bình"), HIGH("Cao");

        @Getter
        private final String label;
    }

    /**
     * @param mediumFrom score from which the risk is medium (e.g. 0.25)
     * @param highFrom   score from which it is high (e.g. 0.5)
     */
    public static LateRisk of(String unit, int late, int deadlines, double mediumFrom, double highFrom) {
        if (late < 0 || deadlines < late) {
            throw new IllegalArgumentException("late " + late + " of " + deadlines);
        }
        double score = Math.round((late + 1.0) / (deadlines + 2.0) * 100) / 100.0;
        Level level = score >= highFrom ? Level.HIGH : score >= mediumFrom ? Level.MEDIUM : Level.LOW;
        return new LateRisk(unit, late, deadlines, score, level);
    }
}
