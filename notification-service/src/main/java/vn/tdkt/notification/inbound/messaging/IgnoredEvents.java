package vn.tdkt.notification.inbound.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;

/**
 * Event types on the topics notification-service reads that it deliberately does not act on, and why. The
 * consumers skip them (the platform's router skips any type without a handler); {@code InboundRoutingTest} checks
 * that every type on those topics is either handled or listed here, so a new contract cannot slip by unnoticed.
 */
final class IgnoredEvents {

    static final Map<EventType, String> WHY = reasons();

    private IgnoredEvents() {
    }

    private static Map<EventType, String> reasons() {
        Map<EventType, String> why = new LinkedHashMap<>();
        // plan-service
        why.put(EventTypes.PLAN_PUBLISHED, "each unit hears of its tasks through task-assigned, one per unit");
        why.put(EventTypes.PLAN_AMENDED, "the per-task events that follow an amendment (task-assigned, "
                + "task-cancelled, task-updated) carry what each unit must know");
        why.put(EventTypes.CLUSTER_FORMED, "forming a cluster asks nothing of anyone; members see it in plan-service");
        why.put(EventTypes.MOVEMENT_CLOSED, "participants were told the nomination window when it was launched");
        why.put(EventTypes.REGISTRATION_SUBMITTED, "the deciding level works from plan-service's registration list; "
                + "the unit hears the decision (registration-approved / -returned)");
        why.put(EventTypes.CALENDAR_OVERRIDDEN, "a calendar change concerns the services that count working days, "
                + "not a person");
        // nomination-service
        why.put(EventTypes.DOSSIER_SUBMITTED, "Sở Nội vụ works from its appraisal queue; SLA reminders follow");
        why.put(EventTypes.DOSSIER_RESUBMITTED, "the appraisal queue shows it; the appraisal clock's SLA reminders "
                + "resume");
        why.put(EventTypes.DOSSIER_ASSIGNED, "the assignee is an officer known only by token subject, with no "
                + "address in the registry; dossier-sla-due reaches Sở Nội vụ's desk");
        why.put(EventTypes.COUNCIL_VOTED, "the tally is secret-ballot internal; units hear the outcome through "
                + "award-decided");
        why.put(EventTypes.NOTICE_OPENED, "the public notice is addressed to the public on its page, not to a unit");
        why.put(EventTypes.NOTICE_CLOSED, "closing the public notice asks nothing of anyone; the decision follows");
        // reporting-service
        why.put(EventTypes.CLUSTER_SCORED, "scores are read on the dashboard; nothing is asked of the unit");
        why.put(EventTypes.CLUSTER_RANKED, "ranks are read on the dashboard; the award that may follow is notified "
                + "by award-decided");
        return Map.copyOf(why);
    }
}
