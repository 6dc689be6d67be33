package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A public notice window closed; a decision may follow once every comment is resolved.
 */
public record NoticeClosed(
        @NotBlank String noticeId,
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotNull LocalDate closedOn,
        int comments,
        int unresolvedComments) implements PublicNoticeEvent {
}
