package vn.tdkt.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.contracts.nomination.DossierAppraised;
import vn.tdkt.contracts.nomination.DossierSubmitted;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;

/** The catalogue of event types. Each one has a JSON Schema and a golden fixture (see {@link EventType}). */
public final class EventTypes {

    public static final EventType PLAN_PUBLISHED = new EventType("plan-published", 1, Topic.PLAN, PlanPublished.class);
    public static final EventType TASK_DUE = new EventType("task-due", 1, Topic.PLAN, TaskDue.class);
    public static final EventType TASK_OVERDUE = new EventType("task-overdue", 1, Topic.PLAN, TaskOverdue.class);

    public static final EventType DOSSIER_SUBMITTED =
            new EventType("dossier-submitted", 1, Topic.NOMINATION, DossierSubmitted.class);
    public static final EventType DOSSIER_APPRAISED =
            new EventType("dossier-appraised", 1, Topic.NOMINATION, DossierAppraised.class);

    private static final List<EventType> ALL = List.of(
            PLAN_PUBLISHED, TASK_DUE, TASK_OVERDUE,
            DOSSIER_SUBMITTED, DOSSIER_APPRAISED);

    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
