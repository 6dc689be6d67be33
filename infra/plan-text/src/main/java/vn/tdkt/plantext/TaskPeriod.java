package vn.tdkt.plantext;

import java.time.LocalDate;

/**
 * A task's period ("Thời gian"): what the plan wrote, its parsed shape and the due date that follows from it — the one
 * period vocabulary of the platform, used by the reader for appendix cells and by the task domain for live tasks. Only
 * the fields meaningful for the kind are set; the others are null.
 *
 * @param kind       the shape of the period
 * @param text       as written ("01/2025", "Trong quý III", "Thường xuyên"); null when the cell was missing
 * @param year       MONTH and QUARTER: the year (from the text, else the plan year; null if neither is known)
 * @param month      MONTH: 1–12
 * @param quarter    QUARTER: 1–4
 * @param start      DATE: the date; DATE_RANGE: the first day
 * @param end        DATE: the date; DATE_RANGE: the last day
 * @param setDueDate a due date an officer set beside the text (or a later move of it); it wins over the text
 */
public record TaskPeriod(PeriodKind kind, String text, Integer year, Integer month, Integer quarter,
                         LocalDate start, LocalDate end, LocalDate setDueDate) {

    private static final DueDateRule RULE = new DueDateRule();

    public static TaskPeriod unspecified(String text) {
        return new TaskPeriod(PeriodKind.UNSPECIFIED, text, null, null, null, null, null, null);
    }

    public static TaskPeriod ongoing(String text) {
        return new TaskPeriod(PeriodKind.ONGOING, text, null, null, null, null, null, null);
    }

    public static TaskPeriod month(String text, Integer year, int month) {
        return new TaskPeriod(PeriodKind.MONTH, text, year, month, null, null, null, null);
    }

    public static TaskPeriod quarter(String text, Integer year, int quarter) {
        return new TaskPeriod(PeriodKind.QUARTER, text, year, null, quarter, null, null, null);
    }

    public static TaskPeriod date(String text, LocalDate date) {
        return new TaskPeriod(PeriodKind.DATE, text, date.getYear(), null, null, date, date, null);
    }

    public static TaskPeriod range(String text, LocalDate start, LocalDate end) {
        return new TaskPeriod(PeriodKind.DATE_RANGE, text, end.getYear(), null, null, start, end, null);
    }

    /** The due date and how it follows: the date set beside the text, else {@link DueDateRule} on the period. */
    public DueDate due() {
        return setDueDate != null ? new DueDate(setDueDate, DueDateBasis.SET) : RULE.dueDate(this);
    }

    public LocalDate dueDate() {
        return due().date();
    }

    /**
     * This period with a due date set beside its text (an officer's date when entering the task, or a move of the
     * deadline): the text and its shape stay, except that a period with no date of its own becomes a date.
     */
    public TaskPeriod withDueDate(LocalDate date) {
        PeriodKind shape = kind == PeriodKind.UNSPECIFIED || kind == PeriodKind.ONGOING ? PeriodKind.DATE : kind;
        return new TaskPeriod(shape, text, year, month, quarter, start, end, date);
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
