package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A dossier step is close to its working-day deadline.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 */
public record DossierSlaDue(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        @JsonUnwrapped @Valid @NotNull SlaDeadline deadline,
        int workingDaysLeft) implements DossierEvent {
}
