package vn.tdkt.nomination.dossier.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierContent;

/**
 * Body of POST (create a draft) and PUT (revise a draft). {@code unitCode} is read only on POST and only from
 * Sở Nội vụ officers; a unit officer's dossier always belongs to the officer's unit.
 */
public record DossierRequest(
        @Pattern(regexp = "[A-Z0-9_]{2,32}") String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank @Size(max = 300) String subjectName,
        @NotBlank @Size(max = 50) String awardCode,
        @NotNull @Min(Dossier.MIN_YEAR) @Max(Dossier.MAX_YEAR) Integer year,
        @NotBlank @Size(max = 10_000) String achievementSummary) {

    DossierContent content() {
        return new DossierContent(subjectType, subjectName, awardCode, year, achievementSummary);
    }
}
