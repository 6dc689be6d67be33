package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;

/**
 * Which public notice an event is about, and whom it shows: the header every {@link PublicNoticeEvent} carries.
 * Events hold it as a {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each
 * event, exactly as the {@code notice-*.v1} schemas describe them; {@code @Valid} on that component keeps these
 * constraints checked.
 *
 * @param noticeId the public notice (công khai)
 * @param dossierId the nominee's dossier
 * @param unitCode the proposing unit
 * @param subjectName the nominee's name
 * @param awardCode the proposed title or form of commendation
 */
public record NoticeRef(
        @NotBlank String noticeId,
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotBlank String subjectName,
        @NotBlank String awardCode) {
}
