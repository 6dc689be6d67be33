package vn.tdkt.contracts.notification;

import jakarta.validation.constraints.NotBlank;

/**
 * Which delivery an event is about: the header every {@link NotificationEvent} carries. Events hold it as a
 * {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each event, exactly as the
 * {@code notification-*.v1} schemas describe them; {@code @Valid} on that component keeps these constraints checked.
 *
 * @param notificationId  one delivery: (source event, recipient, channel)
 * @param sourceEventId   the event the notice was made from
 * @param sourceEventType that event's type
 * @param channel         INBOX, EMAIL or WEBHOOK
 * @param recipient       unit code, e-mail address or webhook subscription id
 * @param unitCode        the unit the notice concerns, if any
 */
public record NotificationRef(
        @NotBlank String notificationId,
        @NotBlank String sourceEventId,
        @NotBlank String sourceEventType,
        @NotBlank String channel,
        @NotBlank String recipient,
        String unitCode) {
}
