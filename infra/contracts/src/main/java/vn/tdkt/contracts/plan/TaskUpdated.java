package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A live task changed: its due date was moved (a new reminder ladder starts) or a plan amendment changed it.
 *
 * @param reason          DUE_DATE_CHANGED or PLAN_AMENDED
 * @param changedFields   names of the fields that changed (content, period, dueDate, leadUnit, ...)
 * @param previousDueDate the due date before the change (null when there was none)
 */
public record TaskUpdated(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        @NotBlank String content,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits,
        String periodText,
        @NotBlank String status,
        @NotBlank String reason,
        @NotNull List<String> changedFields,
        LocalDate dueDate,
        LocalDate previousDueDate) implements TaskEvent {
}
