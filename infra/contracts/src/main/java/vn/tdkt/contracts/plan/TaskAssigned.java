package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A published task was assigned to a unit. Emitted once per unit concerned: the lead unit ({@code role} LEAD)
 * and each coordinating unit ({@code role} COORDINATING), keyed by the task id.
 *
 * @param unitCode         the unit this assignment is addressed to
 * @param role             LEAD or COORDINATING
 * @param expectedEvidence REPORT, DOCUMENT, EVENT or ARTICLE
 */
public record TaskAssigned(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        int planVersion,
        @NotBlank String unitCode,
        @NotBlank String role,
        String periodText,
        String expectedEvidence,
        LocalDate dueDate) implements TaskEvent {
}
