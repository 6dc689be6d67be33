package vn.tdkt.notification.webhook.domain;

import java.util.List;
import java.util.Optional;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;

/**
 * The event types a webhook subscription may name: every type notification-service consumes, except the unit
 * registry's own events (they feed the recipients directory; plan-service publishes them to whoever needs them).
 */
public final class ForwardedEvents {

    public static final List<EventType> TYPES = List.of(
            EventTypes.QUARTER_OPENED, EventTypes.TASK_ASSIGNED, EventTypes.TASK_DUE, EventTypes.TASK_OVERDUE,
            EventTypes.TASK_UPDATED, EventTypes.TASK_COMPLETED, EventTypes.TASK_CANCELLED,
            EventTypes.MOVEMENT_LAUNCHED, EventTypes.REGISTRATION_APPROVED, EventTypes.REGISTRATION_RETURNED,
            EventTypes.DOSSIER_RETURNED, EventTypes.DOSSIER_APPRAISED, EventTypes.DOSSIER_RECALLED,
            EventTypes.DOSSIER_SLA_DUE, EventTypes.DOSSIER_SLA_BREACHED, EventTypes.COUNCIL_SESSION_SCHEDULED,
            EventTypes.AWARD_DECIDED, EventTypes.AWARD_REVOKED,
            EventTypes.REPORT_DUE, EventTypes.REPORT_OVERDUE, EventTypes.REPORT_SUBMITTED, EventTypes.REPORT_RETURNED,
            EventTypes.COUNCIL_MEETING_DUE);

    private ForwardedEvents() {
    }

    /** The type named {@code name} ({@code task-due}), if subscriptions may name it. */
    public static Optional<EventType> byName(String name) {
        return TYPES.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return TYPES.stream().map(EventType::name).toList();
    }
}
