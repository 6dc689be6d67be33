package vn.tdkt.nomination.nomineeimport.domain;

import java.util.List;

/**
 * One row of an uploaded list as the preview shows it.
 *
 * @param row        the sheet row number (1-based, as Excel shows it)
 * @param errors     what must be corrected before the list can be confirmed (message keys resolved to text)
 * @param eligible   the rules engine's verdict on the subject, or null when the row did not parse
 * @param failures   the failed rules, "R-xxx: explanation"
 * @param duplicates dossiers (or earlier rows) this row duplicates
 */
public record RowCheck(int row, String name, String awardCode, List<String> errors, Boolean eligible,
        List<String> failures, List<String> duplicates) {

    public RowCheck {
        errors = errors == null ? List.of() : List.copyOf(errors);
        failures = failures == null ? List.of() : List.copyOf(failures);
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
