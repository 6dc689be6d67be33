package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Which dossier an event is about: the header every {@link DossierEvent} carries. Events hold it as a
 * {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each event, exactly as the
 * {@code dossier-*.v1} schemas describe them; {@code @Valid} on that component keeps these constraints checked.
 *
 * @param dossierId the dossier (hồ sơ đề nghị khen thưởng)
 * @param unitCode the proposing unit
 * @param subjectType who is nominated: an individual, a collective or a household
 * @param subjectName the nominee's name
 * @param awardCode the proposed title or form of commendation
 * @param awardName its Vietnamese name
 */
public record DossierRef(
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName) {
}
