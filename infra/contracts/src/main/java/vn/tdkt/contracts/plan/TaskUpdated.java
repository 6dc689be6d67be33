package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
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
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        String periodText,
        @NotBlank String status,
        @NotBlank String reason,
        @NotNull List<String> changedFields,
        LocalDate dueDate,
        LocalDate previousDueDate) implements TaskEvent {
}
