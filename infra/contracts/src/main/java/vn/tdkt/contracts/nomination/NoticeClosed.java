package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A public notice window closed; a decision may follow once every comment is resolved.
 */
public record NoticeClosed(
        @JsonUnwrapped @Valid @NotNull NoticeRef notice,
        @NotNull LocalDate closedOn,
        int comments,
        int unresolvedComments) implements PublicNoticeEvent {
}
