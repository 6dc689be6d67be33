package vn.tdkt.reporting.metrics.domain;

/**
 * One measured passage through a step.
 *
 * @param form the award form (dossier steps) or null (tasks)
 * @param days elapsed days, fractional
 */
public record Sample(Step step, String unit, String form, double days) {
}
