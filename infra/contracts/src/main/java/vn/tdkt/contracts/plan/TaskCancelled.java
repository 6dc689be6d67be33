package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task was cancelled (by Sở Nội vụ, or because a plan amendment removed it); its reminder ladder stops.
 *
 * @param reason free text, or PLAN_AMENDED when an amendment removed the task
 */
public record TaskCancelled(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        @NotBlank String content,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits,
        @NotNull Instant cancelledAt,
        @NotBlank String cancelledBy,
        LocalDate dueDate,
        String reason) implements TaskEvent {
}
