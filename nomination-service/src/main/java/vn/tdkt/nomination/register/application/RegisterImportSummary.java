package vn.tdkt.nomination.register.application;

/**
 * What an accepted import did.
 *
 * @param rows           data rows in the file
 * @param imported       awards added to the register
 * @param alreadyPresent rows the register held already from an earlier import of the same rows (a file imported
 *                       again, e.g. after an interrupted import, adds nothing twice)
 */
public record RegisterImportSummary(String importId, int rows, int imported, int alreadyPresent) {
}
