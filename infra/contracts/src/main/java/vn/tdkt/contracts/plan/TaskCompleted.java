package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task is done; its reminder ladder stops.
 *
 * @param evidenceKind REPORT, DOCUMENT, EVENT or ARTICLE
 */
public record TaskCompleted(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        @NotBlank String content,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits,
        @NotNull Instant completedAt,
        @NotBlank String completedBy,
        @NotBlank String evidenceKind,
        String evidenceReference,
        LocalDate dueDate,
        String evidenceNote) implements TaskEvent {
}
