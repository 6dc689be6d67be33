package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Sở Nội vụ returned a dossier to its unit for completion (trả lại để bổ sung), with reasons and a deadline. The appraisal clock pauses until the unit resubmits.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 * @param reasons what the unit must complete or correct
 * @param completeBy deadline for the resubmission
 */
public record DossierReturned(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        @NotNull List<String> reasons,
        @NotNull LocalDate completeBy,
        @NotBlank String returnedBy,
        @NotNull Instant returnedAt) implements DossierEvent {
}
