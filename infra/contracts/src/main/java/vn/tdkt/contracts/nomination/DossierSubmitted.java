package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A unit submitted a nomination dossier (hồ sơ đề nghị khen thưởng) to the Sở Nội vụ. */
public record DossierSubmitted(
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        int year,
        @NotNull Instant submittedAt) implements DossierEvent {
}
