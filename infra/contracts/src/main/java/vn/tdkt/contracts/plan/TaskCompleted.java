package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task is done; its reminder ladder stops.
 *
 * @param evidenceKind REPORT, DOCUMENT, EVENT or ARTICLE
 */
public record TaskCompleted(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        @NotNull Instant completedAt,
        @NotBlank String completedBy,
        @NotBlank String evidenceKind,
        String evidenceReference,
        LocalDate dueDate,
        String evidenceNote) implements TaskEvent {
}
