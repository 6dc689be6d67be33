package vn.tdkt.plan.unit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * Reads the unit registry CSV (RFC 4180: comma separated, double quotes, header row). Columns (order free, names
 * case-insensitive): {@code code,name,kind,parentCode,aliases,headName,headTitle,headEmail,email,webhookUrl,
 * activeFrom,activeTo,successorCode}; {@code code,name,kind} are required; aliases are separated by '|'; dates are
 * ISO or dd/MM/yyyy. Every line is checked before anything is written.
 */
public final class UnitCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode", "aliases", "headName",
            "headTitle", "headEmail", "email", "webhookUrl", "activeFrom", "activeTo", "successorCode");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** One parsed line: the data, or the problems found (line numbers are 1-based and count the header). */
    public record Line(int lineNumber, UnitData data, List<UnitData.Violation> problems) {
    }

    public List<Line> parse(String text) {
        List<List<String>> rows = records(text == null ? "" : text.replace("\uFEFF", ""));
        List<Line> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            lines.add(new Line(1, null, List.of(new UnitData.Violation("unit.import.header-missing"))));
            return lines;
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0);
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("code", "name", "kind")) {
            if (!header.containsKey(required.toLowerCase(Locale.ROOT))) {
                lines.add(new Line(1, null, List.of(new UnitData.Violation("unit.import.column-missing", required))));
                return lines;
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(line(r + 1, row, header));
        }
        return lines;
    }

    private static Line line(int number, List<String> row, Map<String, Integer> header) {
        List<UnitData.Violation> problems = new ArrayList<>();
        String kindText = cell(row, header, "kind");
        UnitKind kind = null;
        if (kindText != null) {
            try {
                kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new UnitData.Violation("unit.kind-invalid", kindText));
            }
        }
        String code = cell(row, header, "code");
        String aliases = cell(row, header, "aliases");
        UnitData data = new UnitData(
                code == null ? null : code.toUpperCase(Locale.ROOT),
                cell(row, header, "name"),
                aliases == null ? List.of() : Arrays.asList(aliases.split("\\|")),
                kind,
                upper(cell(row, header, "parentCode")),
                new UnitData.Head(cell(row, header, "headName"), cell(row, header, "headTitle"), cell(row, header, "headEmail")),
                new UnitData.Contacts(cell(row, header, "email"), cell(row, header, "webhookUrl")),
                date(cell(row, header, "activeFrom"), problems),
                date(cell(row, header, "activeTo"), problems),
                upper(cell(row, header, "successorCode")));
        problems.addAll(data.violations().stream()
                .filter(v -> !(kindText != null && v.code().equals("unit.kind-missing"))).toList());
        return new Line(number, data, problems);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = TextNormalizer.clean(row.get(index));
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate date(String value, List<UnitData.Violation> problems) {
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new UnitData.Violation("unit.date-invalid", value));
            return null;
        }
    }

    /**
     * RFC 4180 records through Apache Commons CSV, read as leniently as a spreadsheet writes them: an empty line is an
     * empty record (skipped by {@link #parse}, but still counted in line numbers), text after a closing quote is kept,
     * and a quote left open runs to the end of the text.
     */
    static List<List<String>> records(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true)
                .setLenientEof(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            parser.forEach(record -> rows.add(record.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
