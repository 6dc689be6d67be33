package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A task entered one of its reminder offsets before the due date (the reminder ladder). Emitted exactly once
 * per task and offset.
 *
 * @param offsetDays the ladder step, in days before the due date (e.g. 14, 7, 3, 1)
 * @param daysLeft   calendar days from the day the reminder is sent to the due date (differs from offsetDays
 *                   when the reminder moved to an earlier working day, or was sent late after downtime)
 */
public record TaskDue(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate reminderDate,
        int offsetDays,
        int daysLeft) implements ReminderEvent {
}
