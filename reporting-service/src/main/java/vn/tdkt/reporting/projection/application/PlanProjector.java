package vn.tdkt.reporting.projection.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.CalendarOverridden;
import vn.tdkt.contracts.plan.ClusterFormed;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.contracts.plan.ReminderEvent;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskKeyedEvent;
import vn.tdkt.contracts.plan.UnitEvent;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.platform.messaging.InboundEvent;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.persistence.CalendarOverrides;
import vn.tdkt.reporting.projection.persistence.ClusterRows;
import vn.tdkt.reporting.projection.persistence.MovementRows;
import vn.tdkt.reporting.projection.persistence.PlanRows;
import vn.tdkt.reporting.projection.persistence.RegistrationRows;
import vn.tdkt.reporting.projection.persistence.TaskRows;
import vn.tdkt.reporting.projection.persistence.UnitRows;
import lombok.RequiredArgsConstructor;

/** Keeps the plan-side read models (plans, tasks, units, clusters, movements, registrations, calendar) in step. */
@Service
@RequiredArgsConstructor
public class PlanProjector {

    static final String TASKS = "tasks";

    private final Projection projection;
    private final PlanRows plans;
    private final TaskRows tasks;
    private final UnitRows units;
    private final ClusterRows clusters;
    private final MovementRows movements;
    private final RegistrationRows registrations;
    private final CalendarOverrides calendars;
    private final WorkingCalendar workingCalendar;
    private final Clock clock;

    /** The plan row, and every task of the published version; the plan's sequence guards each task row apart. */
    public boolean planPublished(InboundEvent<PlanPublished> event) {
        PlanPublished plan = event.payload();
        boolean changed = projection.apply(plans, "plans", plan.planId(), SourceAggregate.PLAN, event,
                row -> row.published(plan));
        boolean tasksChanged = false;
        String mark = SourceAggregate.PLAN.markKey(event.subject());
        for (PlanPublished.PlannedTask task : plan.tasks()) {
            tasksChanged |= tasks.apply(task.taskId(), mark, event.sequence(),
                    row -> row.planned(plan.planId(), plan.code(), plan.title(), task));
        }
        if (tasksChanged) {
            projection.changed(TASKS, plan.planId());
        }
        return changed || tasksChanged;
    }

    /** The diff's per-task changes arrive as task events of their own; the plan row keeps the version and counts. */
    public boolean planAmended(InboundEvent<PlanAmended> event) {
        return projection.apply(plans, "plans", event.payload().planId(), SourceAggregate.PLAN, event,
                row -> row.amended(event.payload()));
    }

    public boolean taskAssigned(InboundEvent<TaskAssigned> event) {
        Instant at = event.envelope().time() == null ? clock.instant() : event.envelope().time();
        return task(event, row -> row.assigned(event.payload(), at, event.id()));
    }

    public boolean taskCompleted(InboundEvent<TaskCompleted> event) {
        return task(event, row -> row.completed(event.payload(), event.id()));
    }

    /** The handler of one task or reminder event: its step on the task's row (e.g. {@code taskStep(TaskRow::due)}). */
    public <E extends TaskKeyedEvent> Consumer<InboundEvent<E>> taskStep(BiFunction<TaskRow, E, TaskRow> step) {
        return event -> task(event, row -> step.apply(row, event.payload()));
    }

    /** Reminders have their own mark: their sequence may belong to a reminder aggregate, not to the task. */
    private boolean task(InboundEvent<? extends TaskKeyedEvent> event, UnaryOperator<TaskRow> next) {
        SourceAggregate source = event.payload() instanceof ReminderEvent
                ? SourceAggregate.REMINDER : SourceAggregate.TASK;
        return projection.apply(tasks, TASKS, event.payload().taskId(), source, event, next);
    }

    /** {@code unit-registered} and {@code unit-changed}: the unit's whole entry, either way. */
    public boolean unit(InboundEvent<UnitEvent> event) {
        UnitProfile unit = event.payload().unit();
        return projection.apply(units, "units", unit.unitCode(), SourceAggregate.UNIT, event,
                row -> row.described(unit));
    }

    public boolean clusterFormed(InboundEvent<ClusterFormed> event) {
        return projection.apply(clusters, "clusters", event.payload().clusterId(), SourceAggregate.CLUSTER, event,
                row -> row.formed(event.payload()));
    }

    public boolean movementLaunched(InboundEvent<MovementLaunched> event) {
        return projection.apply(movements, "movements", event.payload().movementId(), SourceAggregate.MOVEMENT, event,
                row -> row.launched(event.payload(), event.id()));
    }

    public boolean movementClosed(InboundEvent<MovementClosed> event) {
        return projection.apply(movements, "movements", event.payload().movementId(), SourceAggregate.MOVEMENT, event,
                row -> row.closed(event.payload()));
    }

    public boolean registrationSubmitted(InboundEvent<RegistrationSubmitted> event) {
        return projection.apply(registrations, "registrations", event.payload().registrationId(),
                SourceAggregate.REGISTRATION, event, row -> row.submitted(event.payload()));
    }

    public boolean registrationApproved(InboundEvent<RegistrationApproved> event) {
        return projection.apply(registrations, "registrations", event.payload().registrationId(),
                SourceAggregate.REGISTRATION, event, row -> row.approved(event.payload(), event.id()));
    }

    public boolean registrationReturned(InboundEvent<RegistrationReturned> event) {
        return projection.apply(registrations, "registrations", event.payload().registrationId(),
                SourceAggregate.REGISTRATION, event, row -> row.returned(event.payload()));
    }

    /** Report deadlines count working days on the same calendar as plan-service's: take the administrator's year. */
    public boolean calendarOverridden(InboundEvent<CalendarOverridden> event) {
        boolean changed = projection.apply(calendars, "calendar", event.payload().calendarId(),
                SourceAggregate.CALENDAR, event, row -> row.overridden(event.payload()));
        if (changed) {
            workingCalendar.invalidate();
        }
        return changed;
    }
}
