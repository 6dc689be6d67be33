package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task was cancelled (by Sở Nội vụ, or because a plan amendment removed it); its reminder ladder stops.
 *
 * @param reason free text, or PLAN_AMENDED when an amendment removed the task
 */
public record TaskCancelled(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        @NotNull Instant cancelledAt,
        @NotBlank String cancelledBy,
        LocalDate dueDate,
        String reason) implements TaskEvent {
}
