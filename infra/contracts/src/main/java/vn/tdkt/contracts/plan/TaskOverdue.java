package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A task passed its due date without being done. {@code escalate} is true on the escalation step, which goes
 * to the head (người đứng đầu) of the lead unit.
 */
public record TaskOverdue(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        @NotBlank String content,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate reminderDate,
        int offsetDays,
        int daysLate,
        boolean escalate) implements ReminderEvent {
}
