package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** The Sở Nội vụ appraised (thẩm định) a dossier: eligible or not, with reasons. */
public record DossierAppraised(
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        @NotNull AppraisalOutcome outcome,
        @NotNull List<String> reasons,
        @NotBlank String appraisedBy,
        @NotNull Instant appraisedAt) implements DossierEvent {
}
