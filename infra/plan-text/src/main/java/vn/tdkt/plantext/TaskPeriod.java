package vn.tdkt.plantext;

import java.time.LocalDate;

/**
 * A parsed period cell. Only the fields meaningful for the kind are set; the others are null.
 *
 * @param kind    the shape of the period
 * @param text    the cell exactly as written (null when the cell was missing)
 * @param year    MONTH and QUARTER: the year (from the text, else the plan year; null if neither is known)
 * @param month   MONTH: 1–12
 * @param quarter QUARTER: 1–4
 * @param start   DATE: the date; DATE_RANGE: the first day
 * @param end     DATE: the date; DATE_RANGE: the last day
 */
public record TaskPeriod(PeriodKind kind, String text, Integer year, Integer month, Integer quarter,
                         LocalDate start, LocalDate end) {

    public static TaskPeriod unspecified(String text) {
        return new TaskPeriod(PeriodKind.UNSPECIFIED, text, null, null, null, null, null);
    }

    public static TaskPeriod ongoing(String text) {
        return new TaskPeriod(PeriodKind.ONGOING, text, null, null, null, null, null);
    }

    public static TaskPeriod month(String text, Integer year, int month) {
        return new TaskPeriod(PeriodKind.MONTH, text, year, month, null, null, null);
    }

    public static TaskPeriod quarter(String text, Integer year, int quarter) {
        return new TaskPeriod(PeriodKind.QUARTER, text, year, null, quarter, null, null);
    }

    public static TaskPeriod date(String text, LocalDate date) {
        return new TaskPeriod(PeriodKind.DATE, text, date.getYear(), null, null, date, date);
    }

    public static TaskPeriod range(String text, LocalDate start, LocalDate end) {
        return new TaskPeriod(PeriodKind.DATE_RANGE, text, end.getYear(), null, null, start, end);
    }

    /** Quarter (1–4) the period ends in, when it is dated; used to check a row against its group. */
    Integer endQuarter() {
        return switch (kind) {
            case MONTH -> (month - 1) / 3 + 1;
            case QUARTER -> quarter;
            case DATE, DATE_RANGE -> (end.getMonthValue() - 1) / 3 + 1;
            case ONGOING, UNSPECIFIED -> null;
        };
    }
}
