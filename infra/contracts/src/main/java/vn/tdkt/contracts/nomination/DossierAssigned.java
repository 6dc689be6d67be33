package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dossier was assigned to a Sở Nội vụ officer for appraisal (thẩm định); the appraisal clock runs from a complete dossier.
 *
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 * @param assignee the appraising officer (token subject)
 * @param appraiseBy the appraisal deadline in working days (R-SLA-03)
 */
public record DossierAssigned(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        String batchId,
        @NotBlank String assignee,
        @NotBlank String assignedBy,
        @NotNull Instant assignedAt,
        @NotNull LocalDate appraiseBy) implements DossierEvent {
}
