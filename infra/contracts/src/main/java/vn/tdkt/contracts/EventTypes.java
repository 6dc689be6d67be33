package vn.tdkt.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.contracts.nomination.DossierReturned;
import vn.tdkt.contracts.nomination.DossierResubmitted;
import vn.tdkt.contracts.nomination.DossierRecalled;
import vn.tdkt.contracts.nomination.DossierAssigned;
import vn.tdkt.contracts.nomination.DossierSlaDue;
import vn.tdkt.contracts.nomination.DossierSlaBreached;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.NoticeOpened;
import vn.tdkt.contracts.nomination.NoticeClosed;
import vn.tdkt.contracts.nomination.AwardDecided;
import vn.tdkt.contracts.nomination.AwardRevoked;
import vn.tdkt.contracts.nomination.CouncilMeetingDue;
import vn.tdkt.contracts.reporting.ReportDue;
import vn.tdkt.contracts.reporting.ReportOverdue;
import vn.tdkt.contracts.reporting.ReportSubmitted;
import vn.tdkt.contracts.reporting.ReportReturned;
import vn.tdkt.contracts.reporting.ClusterScored;
import vn.tdkt.contracts.reporting.ClusterRanked;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.plan.CalendarOverridden;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitRegistered;

/** The catalogue of event types. Each one has a JSON Schema and a golden fixture (see {@link EventType}). */
public final class EventTypes {

    public static final EventType PLAN_PUBLISHED = new EventType("plan-published", 1, Topic.PLAN, PlanPublished.class);
    public static final EventType TASK_DUE = new EventType("task-due", 1, Topic.PLAN, TaskDue.class);
    public static final EventType TASK_OVERDUE = new EventType("task-overdue", 1, Topic.PLAN, TaskOverdue.class);
    public static final EventType TASK_ASSIGNED = new EventType("task-assigned", 1, Topic.PLAN, TaskAssigned.class);
    public static final EventType TASK_UPDATED = new EventType("task-updated", 1, Topic.PLAN, TaskUpdated.class);
    public static final EventType TASK_COMPLETED = new EventType("task-completed", 1, Topic.PLAN, TaskCompleted.class);
    public static final EventType TASK_CANCELLED = new EventType("task-cancelled", 1, Topic.PLAN, TaskCancelled.class);
    public static final EventType PLAN_AMENDED = new EventType("plan-amended", 1, Topic.PLAN, PlanAmended.class);
    public static final EventType UNIT_REGISTERED = new EventType("unit-registered", 1, Topic.PLAN, UnitRegistered.class);
    public static final EventType UNIT_CHANGED = new EventType("unit-changed", 1, Topic.PLAN, UnitChanged.class);
    public static final EventType CLUSTER_FORMED = new EventType("cluster-formed", 1, Topic.PLAN, ClusterFormed.class);
    public static final EventType QUARTER_OPENED = new EventType("quarter-opened", 1, Topic.PLAN, QuarterOpened.class);
    public static final EventType MOVEMENT_LAUNCHED =
            new EventType("movement-launched", 1, Topic.PLAN, MovementLaunched.class);
    public static final EventType MOVEMENT_CLOSED = new EventType("movement-closed", 1, Topic.PLAN, MovementClosed.class);
    public static final EventType REGISTRATION_SUBMITTED =
            new EventType("registration-submitted", 1, Topic.PLAN, RegistrationSubmitted.class);
    public static final EventType REGISTRATION_APPROVED =
            new EventType("registration-approved", 1, Topic.PLAN, RegistrationApproved.class);
    public static final EventType REGISTRATION_RETURNED =
            new EventType("registration-returned", 1, Topic.PLAN, RegistrationReturned.class);

    public static final EventType CALENDAR_OVERRIDDEN =
            new EventType("calendar-overridden", 1, Topic.PLAN, CalendarOverridden.class);

    public static final EventType DOSSIER_SUBMITTED =
            new EventType("dossier-submitted", 1, Topic.NOMINATION, DossierSubmitted.class);
    public static final EventType DOSSIER_APPRAISED =
            new EventType("dossier-appraised", 1, Topic.NOMINATION, DossierAppraised.class);

    public static final EventType DOSSIER_RETURNED =
            new EventType("dossier-returned", 1, Topic.NOMINATION, DossierReturned.class);
    public static final EventType DOSSIER_RESUBMITTED =
            new EventType("dossier-resubmitted", 1, Topic.NOMINATION, DossierResubmitted.class);
    public static final EventType DOSSIER_RECALLED =
            new EventType("dossier-recalled", 1, Topic.NOMINATION, DossierRecalled.class);
    public static final EventType DOSSIER_ASSIGNED =
            new EventType("dossier-assigned", 1, Topic.NOMINATION, DossierAssigned.class);
    public static final EventType DOSSIER_SLA_DUE =
            new EventType("dossier-sla-due", 1, Topic.NOMINATION, DossierSlaDue.class);
    public static final EventType DOSSIER_SLA_BREACHED =
            new EventType("dossier-sla-breached", 1, Topic.NOMINATION, DossierSlaBreached.class);
    public static final EventType COUNCIL_SESSION_SCHEDULED =
            new EventType("council-session-scheduled", 1, Topic.NOMINATION, CouncilSessionScheduled.class);
    public static final EventType COUNCIL_VOTED =
            new EventType("council-voted", 1, Topic.NOMINATION, CouncilVoted.class);
    public static final EventType NOTICE_OPENED =
            new EventType("notice-opened", 1, Topic.NOMINATION, NoticeOpened.class);
    public static final EventType NOTICE_CLOSED =
            new EventType("notice-closed", 1, Topic.NOMINATION, NoticeClosed.class);
    public static final EventType AWARD_DECIDED =
            new EventType("award-decided", 1, Topic.NOMINATION, AwardDecided.class);
    public static final EventType AWARD_REVOKED =
            new EventType("award-revoked", 1, Topic.NOMINATION, AwardRevoked.class);
    public static final EventType REPORT_DUE =
            new EventType("report-due", 1, Topic.REPORTING, ReportDue.class);
    public static final EventType REPORT_OVERDUE =
            new EventType("report-overdue", 1, Topic.REPORTING, ReportOverdue.class);
    public static final EventType REPORT_SUBMITTED =
            new EventType("report-submitted", 1, Topic.REPORTING, ReportSubmitted.class);
    public static final EventType REPORT_RETURNED =
            new EventType("report-returned", 1, Topic.REPORTING, ReportReturned.class);
    public static final EventType CLUSTER_SCORED =
            new EventType("cluster-scored", 1, Topic.REPORTING, ClusterScored.class);
    public static final EventType CLUSTER_RANKED =
            new EventType("cluster-ranked", 1, Topic.REPORTING, ClusterRanked.class);
    public static final EventType NOTIFICATION_SENT =
            new EventType("notification-sent", 1, Topic.NOTIFICATION, NotificationSent.class);
    public static final EventType NOTIFICATION_FAILED =
            new EventType("notification-failed", 1, Topic.NOTIFICATION, NotificationFailed.class);
    public static final EventType COUNCIL_MEETING_DUE =
            new EventType("council-meeting-due", 1, Topic.NOMINATION, CouncilMeetingDue.class);

    private static final List<EventType> ALL = List.of(
            PLAN_PUBLISHED, TASK_DUE, TASK_OVERDUE,
            TASK_ASSIGNED, TASK_UPDATED, TASK_COMPLETED, TASK_CANCELLED, PLAN_AMENDED,
            UNIT_REGISTERED, UNIT_CHANGED, CLUSTER_FORMED, QUARTER_OPENED,
            MOVEMENT_LAUNCHED, MOVEMENT_CLOSED, REGISTRATION_SUBMITTED, REGISTRATION_APPROVED, REGISTRATION_RETURNED, CALENDAR_OVERRIDDEN,
            DOSSIER_SUBMITTED, DOSSIER_APPRAISED,
            DOSSIER_RETURNED, DOSSIER_RESUBMITTED, DOSSIER_RECALLED, DOSSIER_ASSIGNED, DOSSIER_SLA_DUE, DOSSIER_SLA_BREACHED, COUNCIL_SESSION_SCHEDULED, COUNCIL_VOTED, NOTICE_OPENED, NOTICE_CLOSED, AWARD_DECIDED, AWARD_REVOKED, REPORT_DUE, REPORT_OVERDUE, REPORT_SUBMITTED, REPORT_RETURNED, CLUSTER_SCORED, CLUSTER_RANKED, NOTIFICATION_SENT, NOTIFICATION_FAILED, COUNCIL_MEETING_DUE);

    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private static final Map<Class<?>, EventType> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The one event type whose payload is {@code payloadType}; each payload record belongs to exactly one type. */
    public static EventType of(Class<?> payloadType) {
        EventType type = BY_PAYLOAD.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException("No event type has payload " + payloadType.getName());
        }
        return type;
    }
}
