package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The submitting unit recalled (rút) its dossier before appraisal started.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 */
public record DossierRecalled(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        String reason,
        @NotBlank String recalledBy,
        @NotNull Instant recalledAt) implements DossierEvent {
}
