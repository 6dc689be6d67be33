package vn.tdkt.contracts.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A notice reached its recipient on one channel.
 *
 * @param notificationId one delivery: (source event, recipient, channel)
 * @param channel INBOX, EMAIL or WEBHOOK
 * @param recipient unit code, e-mail address or webhook subscription id
 */
public record NotificationSent(
        @NotBlank String notificationId,
        @NotBlank String sourceEventId,
        @NotBlank String sourceEventType,
        @NotBlank String channel,
        @NotBlank String recipient,
        String unitCode,
        @NotNull Instant sentAt,
        int attempts) implements NotificationEvent {
}
