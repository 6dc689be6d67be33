package vn.tdkt.reporting.projection.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.projection.persistence.TaskViewStore;
import vn.tdkt.reporting.projection.persistence.TaskViewStore.LifecycleRow;
import vn.tdkt.reporting.projection.persistence.TaskViewStore.PlannedTaskRow;
import vn.tdkt.reporting.projection.persistence.TaskViewStore.ReminderRow;

/** Keeps the task read model in step with plan and task events. */
@Service
public class TaskProjector {

    static final String VIEW = "tasks";

    private final TaskViewStore store;
    private final ProjectionGuard guard;
    private final Clock clock;

    public TaskProjector(TaskViewStore store, ProjectionGuard guard, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.clock = clock;
    }

    /** Every task of the published plan version; the plan aggregate's sequence guards each row separately. */
    public boolean planPublished(String eventId, String planId, long sequence, PlanPublished plan) {
        String mark = SourceAggregate.PLAN.markKey(planId);
        return guard.apply(eventId, VIEW, planId, () -> {
            boolean changed = false;
            for (PlanPublished.PlannedTask task : plan.tasks()) {
                PlannedTaskRow row = new PlannedTaskRow(task.taskId(), plan.planId(), plan.code(), plan.title(),
                        task.content(), task.periodText(), task.leadUnit(), copy(task.coordinatingUnits()),
                        task.dueDate());
                changed |= store.applyPlanned(mark, sequence, row, clock.instant());
            }
            return changed;
        });
    }

    public boolean taskDue(String eventId, String taskId, long sequence, TaskDue due) {
        ReminderRow row = new ReminderRow(due.taskId(), due.planId(), due.planCode(), due.content(), due.leadUnit(),
                copy(due.coordinatingUnits()), due.dueDate(), TaskState.DUE_SOON, due.offsetDays(), due.daysLeft(),
                null, false);
        return guard.apply(eventId, VIEW, taskId, () ->
                store.applyReminder(SourceAggregate.TASK.markKey(taskId), sequence, row, clock.instant()));
    }

    public boolean taskOverdue(String eventId, String taskId, long sequence, TaskOverdue overdue) {
        ReminderRow row = new ReminderRow(overdue.taskId(), overdue.planId(), overdue.planCode(), overdue.content(),
                overdue.leadUnit(), copy(overdue.coordinatingUnits()), overdue.dueDate(), TaskState.OVERDUE,
                overdue.offsetDays(), null, overdue.daysLate(), overdue.escalate());
        return guard.apply(eventId, VIEW, taskId, () ->
                store.applyReminder(SourceAggregate.TASK.markKey(taskId), sequence, row, clock.instant()));
    }

    public boolean taskCompleted(String eventId, String taskId, long sequence, TaskCompleted completed) {
        return lifecycle(eventId, taskId, sequence, new LifecycleRow(completed.taskId(), completed.planId(),
                completed.planCode(), completed.content(), completed.leadUnit(), copy(completed.coordinatingUnits()),
                completed.dueDate(), TaskState.DONE));
    }

    public boolean taskCancelled(String eventId, String taskId, long sequence, TaskCancelled cancelled) {
        return lifecycle(eventId, taskId, sequence, new LifecycleRow(cancelled.taskId(), cancelled.planId(),
                cancelled.planCode(), cancelled.content(), cancelled.leadUnit(), copy(cancelled.coordinatingUnits()),
                cancelled.dueDate(), TaskState.CANCELLED));
    }

    /** Only a moved due date changes the dashboard: the task starts a new ladder, so it is PLANNED again. */
    public boolean taskUpdated(String eventId, String taskId, long sequence, TaskUpdated updated) {
        if (!updated.changedFields().contains("dueDate")) {
            return false;
        }
        return lifecycle(eventId, taskId, sequence, new LifecycleRow(updated.taskId(), updated.planId(),
                updated.planCode(), updated.content(), updated.leadUnit(), copy(updated.coordinatingUnits()),
                updated.dueDate(), TaskState.PLANNED));
    }

    private boolean lifecycle(String eventId, String taskId, long sequence, LifecycleRow row) {
        return guard.apply(eventId, VIEW, taskId, () ->
                store.applyLifecycle(SourceAggregate.TASK.markKey(taskId), sequence, row, clock.instant()));
    }

    private static List<String> copy(List<String> units) {
        return units == null ? List.of() : List.copyOf(units);
    }
}
