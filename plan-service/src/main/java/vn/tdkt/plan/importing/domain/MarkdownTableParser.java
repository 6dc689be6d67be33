package vn.tdkt.plan.importing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an appendix task table written as a Markdown pipe table. Cells map to columns by position
 * in the header row; a row whose first cell is a roman numeral is a group row; line breaks inside a
 * cell are written {@code <br>} and split the coordinators cell into lines.
 */
final class MarkdownTableParser {

    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?$");
    private static final Pattern ROMAN = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\.?$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

    record Result(List<RawTaskRow> rows, List<ImportWarning> warnings) {
    }

    static boolean isTaskTableHeader(String line) {
        if (!line.startsWith("|")) {
            return false;
        }
        List<TableColumn> columns = cells(line).stream()
                .map(cell -> TableColumn.fromHeader(cell).orElse(null))
                .toList();
        return columns.contains(TableColumn.CONTENT)
                && (columns.contains(TableColumn.LEAD) || columns.contains(TableColumn.PERIOD));
    }

    static boolean containsTable(List<SourceLine> lines) {
        return lines.stream().anyMatch(line -> isTaskTableHeader(line.text()));
    }

    Result parse(List<SourceLine> lines) {
        List<RawTaskRow> rows = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<TableColumn> columns = null;
        TaskGroup group = TaskGroup.NONE;
        for (SourceLine line : lines) {
            String text = line.text();
            if (columns == null) {
                if (isTaskTableHeader(text)) {
                    columns = cells(text).stream().map(cell -> TableColumn.fromHeader(cell).orElse(TableColumn.OTHER)).toList();
                }
                continue;
            }
            if (!text.startsWith("|")) {
                if (!rows.isEmpty() || !text.isBlank()) {
                    break;
                }
                continue;
            }
            if (SEPARATOR.matcher(text).matches()) {
                continue;
            }
            List<String> cells = cells(text);
            String first = cell(cells, columns, TableColumn.NUMBER).orElse(cells.isEmpty() ? "" : cells.get(0));
            var roman = ROMAN.matcher(first);
            if (roman.matches() && !roman.group(1).isEmpty()) {
                String title = cell(cells, columns, TableColumn.CONTENT).filter(c -> !c.isBlank())
                        .orElseGet(() -> cells.stream().skip(1).filter(c -> !c.isBlank()).findFirst().orElse(""));
                group = TaskGroup.of(roman.group(1), title);
                continue;
            }
            var number = ROW_NUMBER.matcher(first);
            if (!number.matches()) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_UNASSIGNED_LINES,
                        "Dòng bảng không có số thứ tự: \"" + text + "\".", line.number()));
                continue;
            }
            String period = cell(cells, columns, TableColumn.PERIOD).filter(c -> !c.isBlank()).orElse(null);
            String lead = cell(cells, columns, TableColumn.LEAD).filter(c -> !c.isBlank()).orElse(null);
            List<String> coordinators = cell(cells, columns, TableColumn.COORDINATORS)
                    .map(c -> List.of(BREAK.split(c)))
                    .orElse(List.of());
            String content = cell(cells, columns, TableColumn.CONTENT).map(c -> BREAK.matcher(c).replaceAll(" ")).orElse(null);
            rows.add(new RawTaskRow(group, number.group(1), content == null ? null : PlanTextNormalizer.cleanSpaces(content),
                    period, lead, coordinators.stream().map(String::strip).filter(c -> !c.isEmpty()).toList(), line.number()));
        }
        if (columns == null) {
            warnings.add(new ImportWarning(WarningCode.APPENDIX_HEADER_NOT_FOUND,
                    "Không thấy dòng tiêu đề của bảng Markdown.", lines.isEmpty() ? 0 : lines.get(0).number()));
        }
        return new Result(rows, warnings);
    }

    private static Optional<String> cell(List<String> cells, List<TableColumn> columns, TableColumn column) {
        int index = columns.indexOf(column);
        return index < 0 || index >= cells.size() ? Optional.empty() : Optional.of(cells.get(index));
    }

    /** Splits "| a | b |" into cells, honouring "\|" escapes. */
    static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                current.append('|');
                i++;
            } else if (c == '|') {
                cells.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        cells.add(current.toString().strip());
        return cells;
    }
}
