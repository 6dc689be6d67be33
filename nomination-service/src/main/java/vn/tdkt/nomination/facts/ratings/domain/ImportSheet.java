package vn.tdkt.nomination.facts.ratings.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * What reading every imported sheet (ratings, historical decisions) shares: cells as clean text, the dates and years
 * people write, and the walk over the data rows that skips blank ones and reports a row repeated within the file.
 * Each import keeps its own columns, checks and message codes.
 */
public final class ImportSheet {

    public static final int MIN_YEAR = 1945;
    public static final int MAX_YEAR = 2100;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ImportSheet() {
    }

    /** Reads one data row into a value, adding its problems to the import's errors; empty when it has any. */
    @FunctionalInterface
    public interface RowReader<T> {
        /**
         * @param number the row's 1-based number, counting the header row (as a spreadsheet shows it)
         */
        Optional<T> read(List<String> row, int number);
    }

    /** The file has no header: no rows, or a first row with nothing in it. */
    public static boolean headerMissing(List<List<String>> cells) {
        return cells.isEmpty() || blank(cells.get(0));
    }

    /**
     * Reads every non-blank data row. A row whose key an earlier row already has is reported under
     * {@code duplicateCode} with the earlier row's number, and only the first is kept.
     */
    public static <T> List<T> distinctRows(List<List<String>> cells, RowReader<T> reader, Function<T, String> key,
            String duplicateCode, List<RowError> errors) {
        List<T> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (blank(row)) {
                continue;
            }
            int number = r + 1;
            reader.read(row, number).ifPresent(value -> {
                Integer earlier = firstRow.putIfAbsent(key.apply(value), number);
                if (earlier != null) {
                    errors.add(new RowError(number, null, duplicateCode, List.of(earlier)));
                } else {
                    rows.add(value);
                }
            });
        }
        return rows;
    }

    /** The cell's text, cleaned; {@code null} for a column the file lacks or a cell with nothing in it. */
    public static String text(List<String> row, Integer index) {
        if (index == null || index >= row.size() || row.get(index) == null) {
            return null;
        }
        String value = TextNormalizer.clean(row.get(index));
        return value.isEmpty() ? null : value;
    }

    /** A date as people write it (12/3/1986, 12-3-1986) or ISO; {@code null} when it is none of these. */
    public static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /**
     * A year from {@value #MIN_YEAR} to {@value #MAX_YEAR}; a spreadsheet's number cell may read "2026.0".
     * {@code null} when the text is not such a year.
     */
    public static Integer year(String text) {
        try {
            int year = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
