package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationSent;

/** Read model of one delivery of a notice on one channel: the dashboard's view of delivery health. */
public final class DeliveryRow {

    public enum Status { SENT, FAILED }

    private String notificationId;
    private String sourceEventType;
    private String channel;
    private String recipient;
    private String unitCode;
    private Status status;
    private int attempts;
    private Instant at;
    private String error;
    private boolean willRetry;

    private DeliveryRow() {
    }

    public static DeliveryRow of(String notificationId) {
        DeliveryRow row = new DeliveryRow();
        row.notificationId = notificationId;
        return row;
    }

    public void sent(NotificationSent e) {
        sourceEventType = e.sourceEventType();
        channel = e.channel();
        recipient = e.recipient();
        unitCode = e.unitCode();
        status = Status.SENT;
        attempts = e.attempts();
        at = e.sentAt();
        error = null;
        willRetry = false;
    }

    public void failed(NotificationFailed e) {
        sourceEventType = e.sourceEventType();
        channel = e.channel();
        recipient = e.recipient();
        unitCode = e.unitCode();
        status = Status.FAILED;
        attempts = e.attempts();
        at = e.failedAt();
        error = e.error();
        willRetry = e.willRetry();
    }

    public String notificationId() { return notificationId; }
    public String sourceEventType() { return sourceEventType; }
    public String channel() { return channel; }
    public String recipient() { return recipient; }
    public String unitCode() { return unitCode; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant at() { return at; }
    public String error() { return error; }
    public boolean willRetry() { return willRetry; }
}
