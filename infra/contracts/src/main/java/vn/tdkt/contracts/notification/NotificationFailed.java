package vn.tdkt.contracts.notification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A notice could not be delivered on one channel after its retries (it may be retried later or its webhook disabled).
 */
public record NotificationFailed(
        @JsonUnwrapped @Valid @NotNull NotificationRef notification,
        @NotNull Instant failedAt,
        int attempts,
        @NotBlank String error,
        boolean willRetry) implements NotificationEvent {
}
