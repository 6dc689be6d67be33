package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Which working-day deadline of a dossier step a {@link DossierSlaDue} or {@link DossierSlaBreached} is about. Both
 * hold it as a {@code @JsonUnwrapped} component after their dossier header, so on the wire its fields stay top-level
 * fields, exactly as the {@code dossier-sla-*.v1} schemas describe them; {@code @Valid} keeps these constraints
 * checked.
 *
 * @param clock which clock: APPRAISAL (R-SLA-03) or RETURN (R-SLA-01)
 * @param assignee the officer responsible, if assigned
 * @param dueDate the last working day of the step
 */
public record SlaDeadline(
        @NotBlank String clock,
        String assignee,
        @NotNull LocalDate dueDate) {
}
