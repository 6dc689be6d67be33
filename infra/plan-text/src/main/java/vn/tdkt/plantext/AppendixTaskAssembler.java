package vn.tdkt.plantext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** Interprets {@link RawTaskRow}s: parses periods, derives due dates, splits units, and checks rows. */
final class AppendixTaskAssembler {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final PeriodParser periodParser = new PeriodParser();
    private final DueDateRule dueDateRule = new DueDateRule();

    record Result(List<AppendixTask> tasks, List<ImportWarning> warnings) {
    }

    Result assemble(List<RawTaskRow> rows, Integer planYear, DoubleConsumer progress) {
        List<AppendixTask> tasks = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        TaskGroup currentGroup = null;
        int expectedNumber = 1;
        for (int i = 0; i < rows.size(); i++) {
            RawTaskRow row = rows.get(i);
            if (!row.group().equals(currentGroup)) {
                currentGroup = row.group();
                expectedNumber = 1;
            }
            String where = where(row);
            int number = parseNumber(row.number());
            if (number != expectedNumber) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_ROW_NUMBER_GAP,
                        where + ": số thứ tự " + row.number() + " nhưng dòng trước gợi ý " + expectedNumber + ".", row.lineNumber()));
            }
            expectedNumber = number + 1;

            String content = row.content() == null ? "" : VietnameseText.stripListSeparator(row.content());
            if (content.isEmpty()) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_ROW_WITHOUT_CONTENT, where + ": không có nội dung nhiệm vụ.", row.lineNumber()));
            }

            String periodText = row.period() == null || row.period().isBlank() ? null : row.period().strip();
            TaskPeriod period = periodParser.parse(periodText, planYear);
            boolean inferred = false;
            if (periodText == null) {
                TaskGroup group = row.group();
                if (group.kind() == GroupKind.QUARTER && planYear != null) {
                    period = TaskPeriod.quarter(null, planYear, group.quarter());
                    inferred = true;
                } else if (group.kind() == GroupKind.ONGOING) {
                    period = TaskPeriod.ongoing(null);
                    inferred = true;
                }
                warnings.add(new ImportWarning(WarningCode.APPENDIX_PERIOD_MISSING, where + ": thiếu ô thời gian"
                        + (inferred ? "; tạm lấy theo nhóm \"" + group.title() + "\"." : "; chưa xác định được hạn."), row.lineNumber()));
            } else if (period.kind() == PeriodKind.UNSPECIFIED) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_PERIOD_UNRECOGNISED,
                        where + ": chưa hiểu được thời gian \"" + periodText + "\".", row.lineNumber()));
            } else if (row.group().kind() == GroupKind.QUARTER && period.endQuarter() != null
                    && !period.endQuarter().equals(row.group().quarter())) {
                warnings.add(new ImportWarning(WarningCode.APPENDIX_PERIOD_OUTSIDE_GROUP, where + ": thời gian \"" + periodText
                        + "\" không thuộc quý " + ROMAN[row.group().quarter()] + " của nhóm \"" + row.group().title() + "\".",
                        row.lineNumber()));
            }

            String lead = row.lead() == null ? null : VietnameseText.stripNamePunctuation(StructureRecognizer.withoutBullet(row.lead()));
            if (lead == null || lead.isEmpty()) {
                lead = null;
                warnings.add(new ImportWarning(WarningCode.APPENDIX_ROW_WITHOUT_LEAD, where + ": không có đơn vị chủ trì.", row.lineNumber()));
            }
            tasks.add(new AppendixTask(row.group(), number, content, periodText, period, inferred,
                    dueDateRule.dueDate(period), lead, coordinators(row.coordinatorLines()), row.lineNumber()));
            progress.accept((i + 1) / (double) rows.size());
        }
        return new Result(tasks, warnings);
    }

    /** One unit per ';'-separated part and per bullet line; the cell's own order is kept. */
    static List<String> coordinators(List<String> lines) {
        List<String> units = new ArrayList<>();
        for (String line : lines) {
            for (String part : SentenceSplitter.clauses(StructureRecognizer.withoutBullet(line))) {
                String unit = VietnameseText.stripNamePunctuation(StructureRecognizer.withoutBullet(part));
                if (!unit.isEmpty()) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    private static int parseNumber(String number) {
        try {
            return Integer.parseInt(number.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String where(RawTaskRow row) {
        String group = row.group().numeral().isEmpty() ? "" : row.group().numeral() + ".";
        return "Phụ lục, dòng " + group + row.number();
    }
}
