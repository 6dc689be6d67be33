package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A published task was assigned to a unit. Emitted once per unit concerned: the lead unit ({@code role} LEAD)
 * and each coordinating unit ({@code role} COORDINATING), keyed by the task id.
 *
 * @param unitCode         the unit this assignment is addressed to
 * @param role             LEAD or COORDINATING
 * @param expectedEvidence REPORT, DOCUMENT, EVENT or ARTICLE
 */
public record TaskAssigned(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        int planVersion,
        @NotBlank String content,
        @NotBlank String unitCode,
        @NotBlank String role,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits,
        String periodText,
        String expectedEvidence,
        LocalDate dueDate) implements TaskEvent {
}
