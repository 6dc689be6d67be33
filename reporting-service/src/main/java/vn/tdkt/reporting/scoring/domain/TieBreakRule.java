package vn.tdkt.reporting.scoring.domain;

/**
 * R-GEN-08 as data: between collectives with equal scores, prefer those whose share of women is at least the
 * threshold (NĐ 152/2025/NĐ-CP Điều 4 k6).
 *
 * @param womenRatioThreshold 0.70 for "từ 70% trở lên"
 * @param label               the text recorded on the rank it decided
 */
public record TieBreakRule(String ruleId, String citation, double womenRatioThreshold, String label,
        String unresolvedLabel) {
}
