package vn.tdkt.contracts.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A notice could not be delivered on one channel after its retries (it may be retried later or its webhook disabled).
 *
 * @param notificationId one delivery: (source event, recipient, channel)
 * @param channel INBOX, EMAIL or WEBHOOK
 * @param recipient unit code, e-mail address or webhook subscription id
 */
public record NotificationFailed(
        @NotBlank String notificationId,
        @NotBlank String sourceEventId,
        @NotBlank String sourceEventType,
        @NotBlank String channel,
        @NotBlank String recipient,
        String unitCode,
        @NotNull Instant failedAt,
        int attempts,
        @NotBlank String error,
        boolean willRetry) implements NotificationEvent {
}
