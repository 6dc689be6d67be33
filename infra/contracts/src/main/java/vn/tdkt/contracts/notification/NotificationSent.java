package vn.tdkt.contracts.notification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A notice reached its recipient on one channel. */
public record NotificationSent(
        @JsonUnwrapped @Valid @NotNull NotificationRef notification,
        @NotNull Instant sentAt,
        int attempts) implements NotificationEvent {
}
