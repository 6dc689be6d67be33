package vn.tdkt.plantext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period cell of a plan task ("01/2025", "Trong quý III", "trước ngày 10/12/2025",
 * "từ 01/3 đến 15/3/2025", "Thường xuyên"…) into a {@link TaskPeriod}.
 *
 * <p>Matching is done on the folded text (no diacritics, lower case) because PDF extraction often
 * loses or mangles tone marks in short cells. Only whole-cell expressions are recognised: a content
 * sentence that merely mentions a month must not be mistaken for a period cell by the table parser.
 * A year missing from the text is taken from the plan ({@code defaultYear}); "d/m" without a year is
 * a date, "m/yyyy" is a month.
 */
public final class PeriodParser {

    private static final String QUARTER_NUMBER = "([1-4]|iv|i{1,3})";
    private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?";
    private static final String YEAR_SUFFIX = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?";

    /** Continuous or repeating work has no single due date: "Thường xuyên", "Hằng tháng", "Định kỳ". */
    private static final Pattern ONGOING = Pattern.compile(
            "^(?:thuong xuyen|hang ngay|lien tuc|(?:hang|moi) (?:tuan|thang|quy|nam)|dinh ky)(?:\\b.*)?$");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:trong |ca )?nam(?: (\\d{4}))?$");
    private static final Pattern HALF_YEAR = Pattern.compile("^(?:trong )?(?:0?6|sau) thang (dau|cuoi) nam(?: (\\d{4}))?$");
    private static final Pattern QUARTER = Pattern.compile(
            "^(?:trong |cuoi |dau |giua |trong thoi gian )?quy " + QUARTER_NUMBER + YEAR_SUFFIX + "$");
    private static final Pattern QUARTER_RANGE = Pattern.compile(
            "^(?:trong |tu )?quy " + QUARTER_NUMBER + "\\s*(?:,|va|-|–|—|den)\\s*(?:quy )?" + QUARTER_NUMBER + YEAR_SUFFIX + "$");
    private static final Pattern MONTH_NUMERIC = Pattern.compile(
            "^(?:trong |cuoi |dau |giua )?(?:thang )?(\\d{1,2})\\s*/\\s*(\\d{4})$");
    private static final Pattern MONTH_WORDS = Pattern.compile(
            "^(?:trong |cuoi |dau |giua )?thang (\\d{1,2})(?: nam (\\d{4}))?$");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "^(?:trong |tu )?(?:thang )?(\\d{1,2})\\s*(?:-|–|—|,|va|den)\\s*(?:thang )?(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})$");
    private static final Pattern DATE_RANGE = Pattern.compile(
            "^(?:tu )?(?:ngay )?" + DATE + "\\s*(?:-|–|—|den|toi)\\s*(?:ngay )?" + DATE + "$");
    private static final Pattern SINGLE_DATE = Pattern.compile(
            "^(?:(?:hoan thanh |xong )?truoc(?: ngay)?|cham nhat(?: la)?(?: ngay)?|han(?: chot)?(?: ngay)?|den ngay|trong ngay|ngay)?\\s*"
                    + DATE + "$");
    private static final Pattern DATE_IN_WORDS = Pattern.compile(
            "^(?:(?:hoan thanh )?truoc |cham nhat |den )?(?:ngay )?(\\d{1,2}) thang (\\d{1,2})(?: nam (\\d{4}))?$");

    /**
     * Parses a period cell.
     *
     * @param text        the cell as written; null or blank gives {@link PeriodKind#UNSPECIFIED}
     * @param defaultYear the plan's year, used when the text has none; may be null
     */
    public TaskPeriod parse(String text, Integer defaultYear) {
        if (text == null || text.isBlank()) {
            return TaskPeriod.unspecified(text);
        }
        String f = VietnameseText.fold(text).replace('—', '-').replace('–', '-');
        try {
            return parseFolded(text.strip(), f, defaultYear);
        } catch (DateTimeException e) {
            return TaskPeriod.unspecified(text.strip());
        }
    }

    private static TaskPeriod parseFolded(String text, String f, Integer defaultYear) {
        Matcher m;
        if (ONGOING.matcher(f).matches()) {
            return TaskPeriod.ongoing(text);
        }
        if ((m = WHOLE_YEAR.matcher(f)).matches()) {
            Integer year = yearOr(m.group(1), defaultYear);
            return year == null ? TaskPeriod.unspecified(text)
                    : TaskPeriod.range(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = HALF_YEAR.matcher(f)).matches()) {
            Integer year = yearOr(m.group(2), defaultYear);
            if (year == null) {
                return TaskPeriod.unspecified(text);
            }
            boolean first = m.group(1).equals("dau");
            return first
                    ? TaskPeriod.range(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                    : TaskPeriod.range(text, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = QUARTER.matcher(f)).matches()) {
            return TaskPeriod.quarter(text, yearOr(m.group(2), defaultYear), quarterNumber(m.group(1)));
        }
        if ((m = QUARTER_RANGE.matcher(f)).matches()) {
            Integer year = yearOr(m.group(3), defaultYear);
            int from = quarterNumber(m.group(1));
            int to = quarterNumber(m.group(2));
            if (year == null || to < from) {
                return TaskPeriod.unspecified(text);
            }
            return TaskPeriod.range(text, LocalDate.of(year, from * 3 - 2, 1), DueDateRule.endOfQuarter(year, to));
        }
        if ((m = MONTH_NUMERIC.matcher(f)).matches()) {
            return month(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_WORDS.matcher(f)).matches()) {
            return month(text, yearOr(m.group(2), defaultYear), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_RANGE.matcher(f)).matches()) {
            int year = Integer.parseInt(m.group(3));
            YearMonth from = YearMonth.of(year, Integer.parseInt(m.group(1)));
            YearMonth to = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (to.isBefore(from)) {
                return TaskPeriod.unspecified(text);
            }
            return TaskPeriod.range(text, from.atDay(1), to.atEndOfMonth());
        }
        if ((m = DATE_RANGE.matcher(f)).matches()) {
            Integer endYear = yearOr(m.group(6), defaultYear);
            Integer startYear = yearOr(m.group(3), endYear);
            if (endYear == null || startYear == null) {
                return TaskPeriod.unspecified(text);
            }
            LocalDate start = LocalDate.of(startYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            LocalDate end = LocalDate.of(endYear, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            return end.isBefore(start) ? TaskPeriod.unspecified(text) : TaskPeriod.range(text, start, end);
        }
        if ((m = SINGLE_DATE.matcher(f)).matches()) {
            return date(text, m.group(1), m.group(2), yearOr(m.group(3), defaultYear));
        }
        if ((m = DATE_IN_WORDS.matcher(f)).matches()) {
            return date(text, m.group(1), m.group(2), yearOr(m.group(3), defaultYear));
        }
        return TaskPeriod.unspecified(text);
    }

    private static TaskPeriod month(String text, Integer year, int month) {
        if (month < 1 || month > 12) {
            return TaskPeriod.unspecified(text);
        }
        return TaskPeriod.month(text, year, month);
    }

    private static TaskPeriod date(String text, String day, String month, Integer year) {
        if (year == null) {
            return TaskPeriod.unspecified(text);
        }
        return TaskPeriod.date(text, LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    }

    private static Integer yearOr(String year, Integer fallback) {
        return year == null ? fallback : Integer.valueOf(year);
    }

    private static int quarterNumber(String token) {
        return switch (token) {
            case "1", "i" -> 1;
            case "2", "ii" -> 2;
            case "3", "iii" -> 3;
            default -> 4;
        };
    }
}
