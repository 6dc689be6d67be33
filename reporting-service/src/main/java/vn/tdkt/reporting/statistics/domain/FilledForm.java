package vn.tdkt.reporting.statistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form with its figures: for each row, one value per column (null where the row is a heading or the platform
 * does not know the figure), plus the notes that explain every blank row.
 */
public record FilledForm(FormDefinition form, List<FilledRow> rows, List<String> notes) {

    public record FilledRow(FormDefinition.Row row, List<Long> values) {
    }

    /** Counts the facts that fall in each cell (after the form's base condition). */
    public static FilledForm fill(FormDefinition form, List<Fact> facts, StatisticsCatalogue catalogue) {
        List<Fact> counted = facts.stream().filter(form.baseCondition()::matches).toList();
        List<FilledRow> rows = new ArrayList<>();
        Map<String, List<String>> blankRowsByReason = new LinkedHashMap<>();
        for (FormDefinition.Row row : form.rows()) {
            List<Long> values = new ArrayList<>();
            for (FormDefinition.Column column : form.columns()) {
                if (row.heading() || row.unknown() != null) {
                    values.add(null);
                } else {
                    values.add(counted.stream().filter(row.condition()::matches).filter(column.condition()::matches)
                            .count());
                }
            }
            if (row.unknown() != null) {
                blankRowsByReason.computeIfAbsent(row.unknown(), k -> new ArrayList<>()).add(row.code());
            }
            rows.add(new FilledRow(row, values));
        }
        List<String> notes = new ArrayList<>();
        blankRowsByReason.forEach((reason, codes) -> notes.add("Mã số " + String.join(", ", codes) + ": "
                + catalogue.unknownReason(reason)));
        return new FilledForm(form, rows, notes);
    }
}
