package vn.tdkt.nomination.facts.ratings.domain;

import java.util.List;

/**
 * A problem with one row of an import file.
 *
 * @param row    1-based, counting the header row (as a spreadsheet shows it)
 * @param column the column's header as written in the file, or {@code null} for the whole row
 * @param code   message key
 */
public record RowError(int row, String column, String code, List<Object> args) {

    public RowError {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
