package vn.tdkt.reporting.scoring.domain;

/**
 * A unit's place in its cluster for the year.
 *
 * @param tieBreak why it stands ahead of a unit with the same total (R-GEN-08), or that the tie stands
 */
public record Rank(String unitCode, int rank, double total, String tieBreak) {
}
