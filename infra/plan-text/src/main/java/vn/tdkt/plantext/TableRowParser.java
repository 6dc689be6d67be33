package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an appendix task table that arrives as a table — rows of cells from a Markdown pipe table, a Word table or
 * a PDF table rebuilt from its columns. Cells map to columns by their position under the header row; a row whose
 * number cell is a roman numeral is a group row; a cell's own line breaks split the coordinators cell into lines.
 */
final class TableRowParser {

    private static final Pattern ROMAN = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\.?$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");

    record Result(List<RawTaskRow> rows, List<ImportWarning> warnings) {
    }

    /** A header row of a task table: a content column and a lead or period column. */
    static boolean isTaskTableHeader(SourceLine line) {
        if (!line.isTableRow()) {
            return false;
        }
        List<TableColumn> columns = line.cells().stream().map(cell -> TableColumn.fromHeader(flat(cell)).orElse(null))
                .toList();
        return columns.contains(TableColumn.CONTENT)
                && (columns.contains(TableColumn.LEAD) || columns.contains(TableColumn.PERIOD));
    }

    static boolean containsTable(List<SourceLine> lines) {
        return lines.stream().anyMatch(TableRowParser::isTaskTableHeader);
    }

    Result parse(List<SourceLine> lines) {
        List<RawTaskRow> rows = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<TableColumn> columns = null;
        TaskGroup group = TaskGroup.NONE;
        for (SourceLine line : lines) {
            if (columns == null) {
                if (isTaskTableHeader(line)) {
                    columns = line.cells().stream().map(cell -> TableColumn.fromHeader(flat(cell)).orElse(TableColumn.OTHER))
                            .toList();
                }
                continue;
            }
            if (!line.isTableRow()) {
                if (!rows.isEmpty() || !line.isBlank()) {
                    break;
                }
                continue;
            }
            List<String> cells = line.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String first = cell(cells, columns, TableColumn.NUMBER).orElse(cells.isEmpty() ? "" : cells.get(0)).strip();
            var roman = ROMAN.matcher(first);
            if (roman.matches() && !roman.group(1).isEmpty()) {
                String title = cell(cells, columns, TableColumn.CONTENT).filter(c -> !c.isBlank())
                        .orElseGet(() -> cells.stream().skip(1).filter(c -> !c.isBlank()).findFirst().orElse(""));
                group = TaskGroup.of(roman.group(1), flat(title));
                continue;
            }
            var number = ROW_NUMBER.matcher(first);
            if (!number.matches()) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_UNASSIGNED_LINES,
                        "Dòng bảng không có số thứ tự: \"" + line.text() + "\".", line.number()));
                continue;
            }
            String period = cell(cells, columns, TableColumn.PERIOD).map(TableRowParser::flat).filter(c -> !c.isBlank())
                    .orElse(null);
            String lead = cell(cells, columns, TableColumn.LEAD).map(TableRowParser::flat).filter(c -> !c.isBlank())
                    .orElse(null);
            List<String> coordinators = cell(cells, columns, TableColumn.COORDINATORS)
                    .map(c -> List.of(c.split("\n"))).orElse(List.of());
            String content = cell(cells, columns, TableColumn.CONTENT).map(TableRowParser::flat).orElse(null);
            rows.add(new RawTaskRow(group, number.group(1), content, period, lead,
                    coordinators.stream().map(String::strip).filter(c -> !c.isEmpty()).toList(), line.number()));
        }
        if (columns == null) {
            warnings.add(new ImportWarning(WarningCode.APPENDIX_HEADER_NOT_FOUND,
                    "Không thấy dòng tiêu đề của bảng nhiệm vụ.", lines.isEmpty() ? 0 : lines.get(0).number()));
        }
        return new Result(rows, warnings);
    }

    private static Optional<String> cell(List<String> cells, List<TableColumn> columns, TableColumn column) {
        int index = columns.indexOf(column);
        return index < 0 || index >= cells.size() ? Optional.empty() : Optional.of(cells.get(index));
    }

    /** A cell's lines joined with a space (a content or lead cell wrapped over several lines). */
    private static String flat(String cell) {
        return PlanTextNormalizer.cleanSpaces(cell.replace('\n', ' '));
    }
}
