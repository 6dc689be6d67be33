package vn.tdkt.nomination.planview.domain;

/**
 * A unit's place in its emulation cluster or block (cụm, khối thi đua) for a year, for R-COT-01 (the Cờ thi đua of
 * the province goes to the unit that leads its cụm/khối). {@code rank} is null until the cluster is ranked.
 */
public record ClusterStanding(String clusterCode, int year, Integer rank) {
}
