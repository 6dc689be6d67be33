package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A unit resubmitted a returned dossier; the appraisal clock resumes.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 * @param changedFields what changed since the previous submission (the diff in the dossier history)
 */
public record DossierResubmitted(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        @NotNull List<String> changedFields,
        @NotBlank String resubmittedBy,
        @NotNull Instant resubmittedAt) implements DossierEvent {
}
