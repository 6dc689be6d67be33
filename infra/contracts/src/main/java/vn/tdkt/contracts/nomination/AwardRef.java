package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Which entry of the award register an event is about: the header every {@link AwardEvent} carries. Events hold it
 * as a {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each event, exactly as
 * the {@code award-*.v1} schemas describe them; {@code @Valid} on that component keeps these constraints checked.
 *
 * @param awardId the award register entry
 * @param dossierId the dossier the award was proposed by, if it came from one
 * @param unitCode the unit of the awardee (or the awarded collective)
 * @param subjectType who is awarded: an individual, a collective or a household
 * @param subjectName the awardee's name
 * @param awardCode the title or form of commendation
 * @param awardName its Vietnamese name
 * @param year the year the award is for
 */
public record AwardRef(
        @NotBlank String awardId,
        String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        int year) {
}
