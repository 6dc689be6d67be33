package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;

/**
 * Read model of one plan task, fed by three independent sources: the plan ({@code plan-published}, a baseline), the
 * task's lifecycle ({@code task-assigned/updated/completed/cancelled}, which wins over the plan for what both say)
 * and its reminder ladder ({@code task-due/overdue}). The state is derived from all three, never taken from whichever
 * event came last, so events of different aggregates may arrive in any order:
 * <ul>
 *   <li>a cancelled or completed task stays so whatever reminder arrives later;</li>
 *   <li>a reminder counts only for the due date it was computed for (a moved due date starts a new ladder);</li>
 *   <li>otherwise the task is planned.</li>
 * </ul>
 *
 * <p>Too wide to copy for every event, unlike the record rows: it changes in place, and each applier answers the
 * row itself (the row store keeps the row an applier answers).
 */
public final class TaskRow {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private String taskId;
    private String planId;
    private String planCode;
    private String planTitle;
    private String content;
    private String periodText;
    private String leadUnit;
    private List<String> coordinatingUnits = new ArrayList<>();
    private LocalDate dueDate;
    private String expectedEvidence;
    private boolean lifecycleKnown;
    private TaskLifecycle lifecycle = TaskLifecycle.OPEN;
    private Instant assignedAt;
    private String assignedEventId;
    private Instant completedAt;
    private String completedEventId;
    private String evidenceKind;
    private String evidenceReference;
    private Reminder reminder;
    private TaskState state = TaskState.PLANNED;

    private TaskRow() {
    }

    public static TaskRow of(String taskId) {
        TaskRow row = new TaskRow();
        row.taskId = taskId;
        return row;
    }

    /** What a published plan version says about the task; ignored where the task itself has spoken. */
    public TaskRow planned(String planId, String planCode, String planTitle, PlanPublished.PlannedTask task) {
        this.planId = planId;
        this.planCode = planCode;
        this.planTitle = planTitle;
        this.periodText = task.periodText();
        if (!lifecycleKnown) {
            describe(task.content(), task.leadUnit(), task.coordinatingUnits(), task.dueDate());
        }
        return derive();
    }

    /** One {@code task-assigned} per unit concerned; all carry the whole task. {@code at} is the event's time. */
    public TaskRow assigned(TaskAssigned event, Instant at, String eventId) {
        take(event.task(), event.dueDate());
        periodText = event.periodText();
        expectedEvidence = event.expectedEvidence();
        if (assignedAt == null || at.isBefore(assignedAt)) {
            assignedAt = at;
            assignedEventId = eventId;
        }
        lifecycleKnown = true;
        return derive();
    }

    public TaskRow updated(TaskUpdated event) {
        take(event.task(), event.dueDate());
        periodText = event.periodText();
        lifecycleKnown = true;
        return derive();
    }

    public TaskRow completed(TaskCompleted event, String eventId) {
        take(event.task(), event.dueDate());
        lifecycle = TaskLifecycle.DONE;
        completedAt = event.completedAt();
        completedEventId = eventId;
        evidenceKind = event.evidenceKind();
        evidenceReference = event.evidenceReference();
        lifecycleKnown = true;
        return derive();
    }

    public TaskRow cancelled(TaskCancelled event) {
        take(event.task(), event.dueDate());
        lifecycle = TaskLifecycle.CANCELLED;
        lifecycleKnown = true;
        return derive();
    }

    public TaskRow due(TaskDue event) {
        fillIfUnknown(event.task(), event.dueDate());
        reminder = new Reminder(false, event.dueDate(), event.offsetDays(), event.daysLeft(), null, false);
        return derive();
    }

    public TaskRow overdue(TaskOverdue event) {
        fillIfUnknown(event.task(), event.dueDate());
        reminder = new Reminder(true, event.dueDate(), event.offsetDays(), null, event.daysLate(), event.escalate());
        return derive();
    }

    /** What every task event repeats (its {@link TaskRef}), with the due date it carries. */
    private void take(TaskRef task, LocalDate dueDate) {
        this.planId = task.planId();
        if (task.planCode() != null) {
            this.planCode = task.planCode();
        }
        describe(task.content(), task.leadUnit(), task.coordinatingUnits(), dueDate);
    }

    private void describe(String content, String leadUnit, List<String> coordinating, LocalDate dueDate) {
        this.content = content;
        this.leadUnit = leadUnit;
        this.coordinatingUnits = coordinating == null ? new ArrayList<>() : new ArrayList<>(coordinating);
        this.dueDate = dueDate;
    }

    /** A reminder carries the task as the ladder saw it: enough for a row nobody else described yet. */
    private void fillIfUnknown(TaskRef task, LocalDate dueDate) {
        if (content == null) {
            take(task, dueDate);
        }
    }

    /** The state from all the row knows (never from the last event alone); answers the row. */
    private TaskRow derive() {
        state = switch (lifecycle) {
            case DONE -> TaskState.DONE;
            case CANCELLED -> TaskState.CANCELLED;
            case OPEN -> reminder != null && reminder.dueDate().equals(dueDate)
                    ? (reminder.overdue() ? TaskState.OVERDUE : TaskState.DUE_SOON)
                    : TaskState.PLANNED;
        };
        return this;
    }

    /** The reminder of the current due date, if any. */
    public Reminder currentReminder() {
        return reminder != null && reminder.dueDate().equals(dueDate) ? reminder : null;
    }

    /** The state as of {@code today} (see {@link TaskState#asOf}). */
    public TaskState stateAsOf(LocalDate today) {
        return state.asOf(dueDate, today);
    }

    /** Done by its due date (a task without a due date is on time once done). */
    public boolean doneOnTime() {
        return lifecycle == TaskLifecycle.DONE && completedAt != null
                && (dueDate == null || !LocalDate.ofInstant(completedAt, ZONE).isAfter(dueDate));
    }

    /** Whether {@code unit} leads or coordinates this task. */
    public boolean concerns(String unit) {
        return unit.equals(leadUnit) || coordinatingUnits.contains(unit);
    }

    public String taskId() { return taskId; }
    public String planId() { return planId; }
    public String planCode() { return planCode; }
    public String planTitle() { return planTitle; }
    public String content() { return content; }
    public String periodText() { return periodText; }
    public String leadUnit() { return leadUnit; }
    public List<String> coordinatingUnits() { return List.copyOf(coordinatingUnits); }
    public LocalDate dueDate() { return dueDate; }
    public String expectedEvidence() { return expectedEvidence; }
    public TaskLifecycle lifecycle() { return lifecycle; }
    public Instant assignedAt() { return assignedAt; }
    public String assignedEventId() { return assignedEventId; }
    public Instant completedAt() { return completedAt; }
    public String completedEventId() { return completedEventId; }
    public String evidenceKind() { return evidenceKind; }
    public String evidenceReference() { return evidenceReference; }
    public TaskState state() { return state; }
}
