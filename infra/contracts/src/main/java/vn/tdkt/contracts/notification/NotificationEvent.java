package vn.tdkt.contracts.notification;

import vn.tdkt.contracts.EventPayload;

/** Every event one delivery of a notice publishes. Keyed by {@code notificationId}. */
public sealed interface NotificationEvent extends EventPayload
        permits NotificationSent, NotificationFailed {

    /** The delivery this event is about. */
    NotificationRef notification();

    default String notificationId() {
        return notification().notificationId();
    }

    @Override
    default String aggregateId() {
        return notificationId();
    }
}
