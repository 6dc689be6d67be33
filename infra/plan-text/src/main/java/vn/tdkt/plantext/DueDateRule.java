package vn.tdkt.plantext;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Derives a task's due date from its period, the rule officers apply when they read a plan:
 * <ul>
 *   <li>MONTH ("01/2025", "6/2025") → last day of that month;</li>
 *   <li>QUARTER ("Trong quý III") → last day of the quarter (31/3, 30/6, 30/9, 31/12);</li>
 *   <li>DATE ("trước ngày 10/12/2025", "15/12") → that date;</li>
 *   <li>DATE_RANGE ("từ 01/3 đến 15/3/2025") → the end date;</li>
 *   <li>ONGOING ("Thường xuyên") → no due date;</li>
 *   <li>UNSPECIFIED, or a month/quarter whose year is unknown → no due date.</li>
 * </ul>
 * "trước ngày 10/12" is read as due on 10/12 (not 9/12): plans use it for the submission deadline
 * and reminders are computed ahead of it anyway. Moving a due date that falls on a weekend or holiday
 * is deliberately not done here; that belongs to the working-day calendar.
 */
public final class DueDateRule {

    public DueDate dueDate(TaskPeriod period) {
        return switch (period.kind()) {
            case MONTH -> period.year() == null
                    ? new DueDate(null, DueDateBasis.UNSPECIFIED)
                    : new DueDate(YearMonth.of(period.year(), period.month()).atEndOfMonth(), DueDateBasis.END_OF_MONTH);
            case QUARTER -> period.year() == null
                    ? new DueDate(null, DueDateBasis.UNSPECIFIED)
                    : new DueDate(YearMonth.of(period.year(), period.quarter() * 3).atEndOfMonth(), DueDateBasis.END_OF_QUARTER);
            case DATE -> period.end() == null ? new DueDate(null, DueDateBasis.UNSPECIFIED)
                    : new DueDate(period.end(), DueDateBasis.EXPLICIT_DATE);
            case DATE_RANGE -> new DueDate(period.end(), DueDateBasis.END_OF_RANGE);
            case ONGOING -> new DueDate(null, DueDateBasis.ONGOING);
            case UNSPECIFIED -> new DueDate(null, DueDateBasis.UNSPECIFIED);
        };
    }

    /** Convenience: the last day of a quarter. */
    static LocalDate endOfQuarter(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }
}
