package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A nominee was published for public comment (công khai, lấy ý kiến Nhân dân) for N working days (R-PUB-01).
 */
public record NoticeOpened(
        @NotBlank String noticeId,
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotBlank String publicUrl) implements PublicNoticeEvent {
}
