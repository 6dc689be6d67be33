package vn.tdkt.reporting.projection.domain;

import java.time.LocalDate;

/**
 * The last reminder-ladder step heard for a task. It belongs to the due date it was computed for: once the task's
 * due date moves, a reminder of the old date no longer says anything about the task.
 *
 * @param overdue    a {@code task-overdue} step (else {@code task-due})
 * @param daysLeft   for a due step, as the event said
 * @param daysLate   for an overdue step, as the event said
 */
public record Reminder(boolean overdue, LocalDate dueDate, int offsetDays, Integer daysLeft, Integer daysLate,
        boolean escalated) {
}
