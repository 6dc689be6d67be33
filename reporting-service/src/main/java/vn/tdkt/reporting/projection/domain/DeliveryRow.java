package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationRef;
import vn.tdkt.contracts.notification.NotificationSent;

/**
 * Read model of one delivery of a notice on one channel: the dashboard's view of delivery health. Each event says
 * all there is to say, so the last one applied stands whole.
 */
public record DeliveryRow(String notificationId, String sourceEventType, String channel, String recipient,
        String unitCode, Status status, int attempts, Instant at, String error, boolean willRetry) {

    public enum Status { SENT, FAILED }

    public static DeliveryRow of(String notificationId) {
        return new DeliveryRow(notificationId, null, null, null, null, null, 0, null, null, false);
    }

    public DeliveryRow sent(NotificationSent e) {
        return delivered(e.notification(), Status.SENT, e.attempts(), e.sentAt(), null, false);
    }

    public DeliveryRow failed(NotificationFailed e) {
        return delivered(e.notification(), Status.FAILED, e.attempts(), e.failedAt(), e.error(), e.willRetry());
    }

    private DeliveryRow delivered(NotificationRef delivery, Status status, int attempts, Instant at, String error,
            boolean willRetry) {
        return new DeliveryRow(notificationId, delivery.sourceEventType(), delivery.channel(), delivery.recipient(),
                delivery.unitCode(), status, attempts, at, error, willRetry);
    }
}
