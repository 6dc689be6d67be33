package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A task passed its due date without being done. {@code escalate} is true on the escalation step, which goes
 * to the head (người đứng đầu) of the lead unit.
 */
public record TaskOverdue(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate reminderDate,
        int offsetDays,
        int daysLate,
        boolean escalate) implements ReminderEvent {
}
