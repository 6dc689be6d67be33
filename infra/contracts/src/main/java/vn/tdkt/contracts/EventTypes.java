package vn.tdkt.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    private static final List<EventType> ALL = List.of(
            PLAN_PUBLISHED, TASK_DUE, TASK_OVERDUE,
            TASK_ASSIGNED, TASK_UPDATED, TASK_COMPLETED, TASK_CANCELLED, PLAN_AMENDED,
            UNIT_REGISTERED, UNIT_CHANGED, CLUSTER_FORMED, QUARTER_OPENED,
            MOVEMENT_LAUNCHED, MOVEMENT_CLOSED, REGISTRATION_SUBMITTED, REGISTRATION_APPROVED, REGISTRATION_RETURNED, CALENDAR_OVERRIDDEN,
            DOSSIER_SUBMITTED, DOSSIER_APPRAISED);

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
