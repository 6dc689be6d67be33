package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;

/**
 * One step of a task's ladder for one due date.
 *
 * @param key          {@code due:7@2025-06-30}, {@code overdue:1@2025-06-30}: step and due date
 * @param offsetDays   days before (DUE) or after (OVERDUE) the due date, as configured
 * @param reminderDate the nominal date moved off non-working days (see {@link LadderPolicy})
 * @param escalate     the escalation step (to the head of the lead unit)
 */
public record LadderStep(String key, StepKind kind, int offsetDays, LocalDate dueDate, LocalDate reminderDate,
                         boolean escalate) {

    public static String key(StepKind kind, int offsetDays, LocalDate dueDate) {
        return kind.keyPrefix() + ":" + offsetDays + "@" + dueDate;
    }
}
