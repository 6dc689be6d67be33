package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The submitting unit recalled (rút) its dossier before appraisal started.
 *
 * @param unitCode the proposing unit
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 */
public record DossierRecalled(
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        int year,
        String batchId,
        String reason,
        @NotBlank String recalledBy,
        @NotNull Instant recalledAt) implements DossierEvent {
}
