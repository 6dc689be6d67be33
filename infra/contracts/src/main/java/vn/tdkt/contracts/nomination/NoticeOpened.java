package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A nominee was published for public comment (công khai, lấy ý kiến Nhân dân) for N working days (R-PUB-01).
 */
public record NoticeOpened(
        @JsonUnwrapped @Valid @NotNull NoticeRef notice,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotBlank String publicUrl) implements PublicNoticeEvent {
}
