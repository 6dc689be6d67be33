package vn.tdkt.plan.importing.domain;

/**
 * One progress report of the parser.
 *
 * @param fraction  overall progress in [0, 1]
 * @param atMillis  milliseconds since the parse started
 */
public record ProgressEntry(String phase, double fraction, long atMillis) {
}
