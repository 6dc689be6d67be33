package vn.tdkt.reporting.statistics.domain;

import java.util.List;
import java.util.Map;

/**
 * One statistical form as data: its code and title as printed, what it counts, its columns and rows.
 *
 * @param key          the short code used in URLs ({@code 0601})
 * @param facts        AWARDS, MOVEMENTS or NONE (a form the platform has no data for)
 * @param base         what every cell counts within (e.g. province-level awards for 0603)
 * @param unitColumn   the form has a "Đơn vị tính" column C
 * @param layoutStatus where the layout comes from and how sure it is
 */
public record FormDefinition(String key, String code, String title, FactKind facts, Map<String, Object> base,
        String unitOfMeasure, String layoutStatus, boolean unitColumn, List<Column> columns, List<Row> rows) {

    public enum FactKind { AWARDS, MOVEMENTS, NONE }

    /**
     * A value column; columns sharing {@code group} (and {@code header}) are merged above each other.
     *
     * @param code the column number printed under the headers ("1", "2", ...)
     */
    public record Column(String code, String group, String header, String sub, Map<String, Object> filter) {
        public Filter condition() {
            return Filter.of(filter);
        }
    }

    /**
     * @param code    "Mã số" (null for a heading row)
     * @param unknown why the platform cannot fill it (a key of the data file's {@code unknownReasons}); the row is
     *                left blank rather than given a guessed number
     */
    public record Row(String code, String label, boolean bold, boolean heading, Map<String, Object> filter,
            String unit, String unknown) {
        public Filter condition() {
            return Filter.of(filter);
        }
    }

    public FormDefinition {
        base = base == null ? Map.of() : base;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Filter baseCondition() {
        return Filter.of(base);
    }

    /** Header rows the form needs: 1 plain, 2 with groups, 3 with sub-columns (Tập thể / Cá nhân). */
    public int headerDepth() {
        boolean groups = columns.stream().anyMatch(c -> c.group() != null);
        boolean subs = columns.stream().anyMatch(c -> c.sub() != null);
        return subs ? 3 : groups ? 2 : 1;
    }
}
