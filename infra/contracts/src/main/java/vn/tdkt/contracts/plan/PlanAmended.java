package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A published plan got a new version (amendment). The diff lists the tasks added, removed (cancelled) and
 * changed; the per-task events (task-assigned, task-cancelled, task-updated) follow on the task aggregates.
 */
public record PlanAmended(
        @NotBlank String planId,
        @NotBlank String code,
        @NotBlank String title,
        int year,
        int version,
        int previousVersion,
        @NotNull Instant amendedAt,
        @NotNull @Valid List<AmendedTask> added,
        @NotNull @Valid List<AmendedTask> removed,
        @NotNull @Valid List<AmendedTask> changed,
        String reason) implements PlanEvent {

    /** One task in the diff; {@code changedFields} is empty for added and removed tasks. */
    public record AmendedTask(
            @NotBlank String taskId,
            @NotBlank String content,
            @NotNull List<String> changedFields) {
    }
}
