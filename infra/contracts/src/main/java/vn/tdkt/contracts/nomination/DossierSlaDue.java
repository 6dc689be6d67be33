package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A dossier step is close to its working-day deadline.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 * @param clock which clock: APPRAISAL (R-SLA-03) or RETURN (R-SLA-01)
 * @param assignee the officer responsible, if assigned
 */
public record DossierSlaDue(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        @NotBlank String clock,
        String assignee,
        @NotNull LocalDate dueDate,
        int workingDaysLeft) implements DossierEvent {
}
