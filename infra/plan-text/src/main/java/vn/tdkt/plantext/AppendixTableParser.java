package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Reads the appendix task table from text where the PDF table was flattened one cell per line:
 * <pre>
 *   TT / NỘI DUNG / THỜI GIAN / ĐƠN VỊ CHỦ TRÌ / ĐƠN VỊ PHỐI HỢP     header row, one cell a line
 *   I / Nhiệm vụ thực hiện trong quý I                              group row
 *   1 / content… / 01/2025 / Sở Nội vụ / - unit;  - unit;            task row
 * </pre>
 * A row starts at a line holding only a number. Its cells are assigned by the column order of the
 * header and by recognisers, not by fixed offsets, because cells can be missing (an empty period
 * cell leaves no line at all), content can wrap over several lines, and the coordinators cell can be
 * several bullet lines. Columns after the coordinators (e.g. a period placed last) are matched from
 * the end of the row.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AppendixTableParser {

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    private static final Pattern GROUP_NUMERAL = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\.?$");
    private static final List<TableColumn> DEFAULT_COLUMNS =
            List.of(TableColumn.NUMBER, TableColumn.CONTENT, TableColumn.PERIOD, TableColumn.LEAD, TableColumn.COORDINATORS);
    /**
     * Period-like openings of a cell the {@link PeriodParser} cannot fully read ("Tháng 3/2025 (dự kiến)").
     * Words that fold alike are told apart by what follows: "tháng 3" is a month, "thang điểm" is not.
     */
    private static final Pattern PERIOD_LIKE = Pattern.compile(
            "^(?:(?:trong|cuoi|dau|giua|tu|den|truoc|sau) )?(?:thang|quy|tuan|ngay) (?:\\d|[ivx]+\\b)"
                    + "|^truoc (?:ngay|thang|quy|\\d)|^tu ngay|^(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\\b|^dinh ky\\b"
                    + "|^thuong xuyen\\b|^du kien\\b|^cham nhat\\b|^han (?:chot|hoan thanh)\\b|^sau khi\\b|^dip \\p{L}"
                    + "|^theo (?:ke hoach|tien do)\\b|^(?:trong |ca )?nam \\d{4}|^(?:0?6|sau) thang\\b|^\\d{1,2}\\s*/\\s*\\d{1,4}");

    private final PeriodParser periodParser = new PeriodParser();
    private final UnitNameRecognizer recognizer;

    record Result(List<RawTaskRow> rows, List<ImportWarning> warnings) {
    }

    private record Header(List<TableColumn> columns, int end) {
    }

    @RequiredArgsConstructor
    private static final class PendingRow {
        private final TaskGroup group;
        private final String number;
        private final int lineNumber;
        private final List<String> cells = new ArrayList<>();
    }

    Result parse(List<SourceLine> lines, Integer planYear) {
        List<ImportWarning> warnings = new ArrayList<>();
        Optional<Header> header = findHeader(lines);
        List<TableColumn> columns = header.map(Header::columns).orElse(DEFAULT_COLUMNS);
        int start = header.map(Header::end).orElse(0);
        if (header.isEmpty()) {
            warnings.add(new ImportWarning(WarningCode.APPENDIX_HEADER_NOT_FOUND,
                    "Không thấy dòng tiêu đề bảng (TT, NỘI DUNG, THỜI GIAN, ĐƠN VỊ CHỦ TRÌ…); đọc theo thứ tự cột mặc định.",
                    lines.isEmpty() ? 0 : lines.get(0).number()));
        }
        List<RawTaskRow> rows = new ArrayList<>();
        List<Integer> unassigned = new ArrayList<>();
        TaskGroup group = TaskGroup.NONE;
        PendingRow row = null;
        boolean expectGroupTitle = false;
        String groupNumeral = null;
        for (int i = start; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (line.isBlank() || StructureRecognizer.isSourceNote(text)) {
                continue;
            }
            if (expectGroupTitle) {
                expectGroupTitle = false;
                if (!ROW_NUMBER.matcher(text).matches()) {
                    group = TaskGroup.of(groupNumeral, text);
                    continue;
                }
            }
            var numeral = GROUP_NUMERAL.matcher(text);
            if (numeral.matches() && !numeral.group(1).isEmpty()) {
                flush(row, columns, planYear, rows);
                row = null;
                groupNumeral = numeral.group(1);
                group = TaskGroup.of(groupNumeral, "");
                expectGroupTitle = true;
                continue;
            }
            var heading = StructureRecognizer.heading(text).filter(h -> h.level() == SectionLevel.PART);
            if (heading.isPresent()) {
                TaskGroup candidate = TaskGroup.of(heading.get().number(), heading.get().title());
                // "II. Nhiệm vụ quý II" on one line; inside a row only a recognisable group title ends it.
                if (row == null || candidate.kind() != GroupKind.OTHER) {
                    flush(row, columns, planYear, rows);
                    row = null;
                    group = candidate;
                    continue;
                }
            }
            var number = ROW_NUMBER.matcher(text);
            if (number.matches()) {
                flush(row, columns, planYear, rows);
                row = new PendingRow(group, number.group(1), line.number());
                continue;
            }
            if (row != null) {
                row.cells.add(text);
            } else if (group != TaskGroup.NONE) {
                // Before the first group or row, lines are the caption, not table content.
                unassigned.add(line.number());
            }
        }
        flush(row, columns, planYear, rows);
        if (!unassigned.isEmpty()) {
            warnings.add(new ImportWarning(WarningCode.APPENDIX_UNASSIGNED_LINES,
                    unassigned.size() + " dòng trong bảng phụ lục không thuộc dòng nhiệm vụ nào (dòng " + unassigned.get(0) + "…).",
                    unassigned.get(0)));
        }
        return new Result(rows, warnings);
    }

    /** The header row: consecutive lines that are all column titles, starting with TT/STT. */
    private static Optional<Header> findHeader(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (TableColumn.fromHeader(lines.get(i).text()).orElse(null) != TableColumn.NUMBER) {
                continue;
            }
            List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.NUMBER));
            int j = i + 1;
            while (j < lines.size()) {
                Optional<TableColumn> column = TableColumn.fromHeader(lines.get(j).text());
                if (column.isEmpty() && j + 1 < lines.size()) {
                    // Header cells are sometimes wrapped: "ĐƠN VỊ" / "CHỦ TRÌ".
                    column = TableColumn.fromHeader(lines.get(j).text() + " " + lines.get(j + 1).text());
                    if (column.isPresent()) {
                        j++;
                    }
                }
                if (column.isEmpty() || column.get() == TableColumn.NUMBER) {
                    break;
                }
                columns.add(column.get());
                j++;
            }
            if (columns.size() >= 3 && columns.contains(TableColumn.CONTENT)) {
                return Optional.of(new Header(columns, j));
            }
        }
        return Optional.empty();
    }

    private void flush(PendingRow row, List<TableColumn> columns, Integer planYear, List<RawTaskRow> rows) {
        if (row == null) {
            return;
        }
        List<TableColumn> cellColumns = columns.subList(columns.indexOf(TableColumn.NUMBER) + 1, columns.size());
        int coordinatorIndex = cellColumns.indexOf(TableColumn.COORDINATORS);
        List<TableColumn> prefix = coordinatorIndex < 0 ? cellColumns : cellColumns.subList(0, coordinatorIndex);
        List<TableColumn> suffix = coordinatorIndex < 0 ? List.of() : cellColumns.subList(coordinatorIndex + 1, cellColumns.size());
        List<String> cells = row.cells;

        String content = null;
        String period = null;
        String lead = null;
        int end = cells.size();
        for (int k = suffix.size() - 1; k >= 0 && end > 1; k--) {
            TableColumn column = suffix.get(k);
            String last = cells.get(end - 1);
            boolean matches = switch (column) {
                case PERIOD -> isPeriodCell(last, planYear);
                case LEAD -> recognizer.looksLikeUnit(last);
                default -> !recognizer.looksLikeUnit(last) && !StructureRecognizer.bullet(last).isPresent();
            };
            if (matches) {
                if (column == TableColumn.PERIOD) {
                    period = last;
                } else if (column == TableColumn.LEAD) {
                    lead = last;
                }
                end--;
            }
        }
        int idx = 0;
        for (int k = 0; k < prefix.size() && idx < end; k++) {
            TableColumn column = prefix.get(k);
            List<TableColumn> following = new ArrayList<>(prefix.subList(k + 1, prefix.size()));
            if (coordinatorIndex >= 0) {
                following.add(TableColumn.COORDINATORS);
            }
            switch (column) {
                case CONTENT -> {
                    StringBuilder text = new StringBuilder(cells.get(idx++));
                    while (idx < end && !startsColumn(following, cells.get(idx), planYear)) {
                        text.append(' ').append(cells.get(idx++));
                    }
                    content = text.toString();
                }
                case PERIOD -> {
                    if (isPeriodCell(cells.get(idx), planYear)) {
                        period = cells.get(idx++);
                    }
                }
                case LEAD -> {
                    // A bullet list where the lead is expected is the coordinators cell: the lead cell is empty.
                    boolean coordinatorBullets = coordinatorIndex >= 0 && StructureRecognizer.bullet(cells.get(idx)).isPresent()
                            && (idx + 1 < end ? StructureRecognizer.bullet(cells.get(idx + 1)).isPresent() : cells.get(idx).endsWith(";"));
                    if (!coordinatorBullets) {
                        lead = cells.get(idx++);
                    }
                }
                default -> idx++;
            }
        }
        List<String> coordinators = coordinatorIndex < 0 ? List.of() : List.copyOf(cells.subList(Math.min(idx, end), end));
        rows.add(new RawTaskRow(row.group, row.number, content, period, lead, coordinators, row.lineNumber));
    }

    /** Whether a line begins the next expected column rather than continuing the content. */
    private boolean startsColumn(List<TableColumn> following, String line, Integer planYear) {
        if (following.isEmpty()) {
            return false;
        }
        TableColumn next = following.get(0);
        return switch (next) {
            // A unit where the period is expected means the period cell is missing.
            case PERIOD -> isPeriodCell(line, planYear)
                    || (following.size() > 1 && following.get(1) == TableColumn.LEAD && recognizer.looksLikeUnit(line));
            case LEAD -> recognizer.looksLikeUnit(line);
            case COORDINATORS -> recognizer.looksLikeUnit(line) || StructureRecognizer.bullet(line).isPresent();
            default -> false;
        };
    }

    boolean isPeriodCell(String line, Integer planYear) {
        if (periodParser.parse(line, planYear).kind() != PeriodKind.UNSPECIFIED) {
            return true;
        }
        String folded = VietnameseText.fold(line);
        return VietnameseText.wordCount(folded) <= 10 && PERIOD_LIKE.matcher(folded).find();
    }
}
