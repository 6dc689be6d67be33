package vn.tdkt.plan.task.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task's period: the text as written, its parsed kind and the due date derived from it.
 *
 * @param text      as written in the plan ("01/2025", "Trong quý III", "Thường xuyên")
 * @param kind      the parsed shape
 * @param dueDate   derived due date (null for ongoing or unreadable periods)
 * @param dueBasis  how the due date was derived, in Vietnamese ("Ngày cuối tháng", ...)
 */
public record TaskPeriod(String text, PeriodKind kind, LocalDate dueDate, String dueBasis) {

    public TaskPeriod {
        Objects.requireNonNull(kind, "kind");
    }

    /** An explicit due date given beside the text: it wins over the text. */
    public TaskPeriod withExplicitDueDate(LocalDate date) {
        return new TaskPeriod(text, kind == PeriodKind.UNSPECIFIED || kind == PeriodKind.ONGOING ? PeriodKind.DATE : kind,
                date, "Ngày ấn định");
    }
}
