package vn.tdkt.reporting.scoring.domain;

/**
 * One criterion of a cluster's score sheet (bảng tiêu chí chấm điểm).
 *
 * @param weight the most points it gives
 * @param metric what an AUTOMATIC criterion measures; null otherwise
 */
public record Criterion(String code, String title, double weight, CriterionSource source, Metric metric) {
}
