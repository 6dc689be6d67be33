package vn.tdkt.plan.task.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskEvent;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.plantext.TaskPeriod;

/**
 * One task of a published plan: its own aggregate so that the reminder scan reads one small document per task. Its
 * reminders are not its state (the reminder feature's {@code TaskReminder} keeps them); the task only says since when
 * its current due date holds ({@link #dueDateSetOn()}), where a reminder ladder starts.
 */
public class Task {

    public static final String ROLE_LEAD = "LEAD";
    public static final String ROLE_COORDINATING = "COORDINATING";

    private String id;
    private String planId;
    private String planCode;
    private int planVersion;
    private int planYear;
    private String content;
    private TaskPeriod period;
    /**
     * The period as the plan states it. It differs from {@link #period} once the Sở Nội vụ moved the due date by
     * hand; an amendment that leaves the plan's date as it was keeps the moved one (null in tasks stored before).
     */
    private TaskPeriod plannedPeriod;
    private LocalDate dueDate;
    private LocalDate dueDateSetOn;
    private String leadUnit;
    private List<String> coordinatingUnits = new ArrayList<>();
    /** Lead plus coordinating units: what "tasks of unit X" queries and the scope checks use. */
    private List<String> units = new ArrayList<>();
    private EvidenceKind expectedEvidence;
    private String seriesKey;
    private int occurrence;
    private TaskStatus status;
    /** The lead unit started work: a task overdue and then given a later date is in progress again, not planned. */
    private boolean started;
    private Evidence evidence;
    private String cancelledBy;
    private String cancelReason;
    private Instant cancelledAt;

    private Task() {
    }

    /** A task goes live when its plan version is published; one task-assigned event per unit concerned. */
    public static Created<Task, TaskEvent> assign(String planId, String planCode, int planVersion, int planYear,
            TaskDraft draft, LocalDate today) {
        Task task = new Task();
        task.id = draft.taskId();
        task.planId = planId;
        task.planCode = planCode;
        task.planVersion = planVersion;
        task.planYear = planYear;
        task.status = TaskStatus.PLANNED;
        task.dueDateSetOn = today;
        task.apply(draft);
        return new Created<>(task, task.units.stream().map(task::assignedTo).toList());
    }

    private TaskEvent assignedTo(String unit) {
        return new TaskAssigned(ref(), planVersion, unit, roleOf(unit), period.text(),
                expectedEvidence == null ? null : expectedEvidence.name(), dueDate);
    }

    private void apply(TaskDraft draft) {
        content = draft.content();
        period = draft.period();
        plannedPeriod = draft.period();
        dueDate = draft.period().dueDate();
        leadUnit = draft.leadUnit();
        coordinatingUnits = new ArrayList<>(draft.coordinatingUnits());
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(leadUnit);
        all.addAll(coordinatingUnits);
        units = new ArrayList<>(all);
        expectedEvidence = draft.expectedEvidence();
        seriesKey = draft.seriesKey();
        occurrence = draft.occurrence();
    }

    /** The view of this task as the plan last stated it, to compare plan versions (a date moved by hand aside). */
    public TaskDraft asDraft() {
        return new TaskDraft(id, content, planned(), leadUnit, coordinatingUnits, expectedEvidence, seriesKey,
                occurrence);
    }

    private TaskPeriod planned() {
        return plannedPeriod == null ? period : plannedPeriod;
    }

    /**
     * A plan amendment changed this task. Units newly involved get a task-assigned event; a changed due date holds
     * from {@code today}. Finished tasks only follow the plan version.
     */
    public List<TaskEvent> amend(int newPlanVersion, TaskDraft draft, LocalDate today) {
        if (newPlanVersion <= planVersion) {
            return List.of();
        }
        planVersion = newPlanVersion;
        if (!status.isOpen()) {
            return List.of();
        }
        List<String> changed = draft.changedFields(asDraft());
        if (changed.isEmpty()) {
            return List.of();
        }
        LocalDate previousDue = dueDate;
        List<String> previousUnits = List.copyOf(units);
        TaskPeriod movedByHand = Objects.equals(period, planned()) ? null : period;
        apply(draft);
        if (movedByHand != null && !changed.contains("dueDate") && !changed.contains("periodText")) {
            // the plan still says what it said when the Sở Nội vụ moved the date: the moved date stands
            period = movedByHand;
            dueDate = movedByHand.dueDate();
        }
        if (!Objects.equals(previousDue, dueDate)) {
            dueDateMoved(today);
        }
        List<TaskEvent> events = new ArrayList<>();
        events.add(updated("PLAN_AMENDED", changed, previousDue));
        units.stream().filter(unit -> !previousUnits.contains(unit)).map(this::assignedTo).forEach(events::add);
        return events;
    }

    /** Sở Nội vụ moves the due date: it holds from today, and a new reminder ladder starts from it. */
    public List<TaskEvent> changeDueDate(LocalDate newDueDate, LocalDate today) {
        Objects.requireNonNull(newDueDate, "newDueDate");
        requireOpen();
        if (newDueDate.equals(dueDate)) {
            return List.of();
        }
        LocalDate previous = dueDate;
        dueDate = newDueDate;
        period = period.withDueDate(newDueDate);
        dueDateMoved(today);
        return List.of(updated("DUE_DATE_CHANGED", List.of("dueDate"), previous));
    }

    private void dueDateMoved(LocalDate today) {
        dueDateSetOn = today;
        if (status == TaskStatus.OVERDUE && (dueDate == null || !dueDate.isBefore(today))) {
            status = started ? TaskStatus.IN_PROGRESS : TaskStatus.PLANNED;
        }
    }

    /** The lead unit has started work: only a planned task can start; an overdue one stays overdue. */
    public List<TaskEvent> start() {
        if (status != TaskStatus.PLANNED) {
            throw DomainException.conflict("task.cannot-start", id, status.label());
        }
        status = TaskStatus.IN_PROGRESS;
        started = true;
        return List.of(updated("STARTED", List.of("status"), dueDate));
    }

    public List<TaskEvent> complete(Evidence proof) {
        requireOpen();
        status = TaskStatus.DONE;
        evidence = proof;
        return List.of(new TaskCompleted(ref(), proof.recordedAt(), proof.recordedBy(), proof.kind().name(),
                proof.reference(), dueDate, proof.note()));
    }

    public List<TaskEvent> cancel(String by, String reason, Instant at) {
        requireOpen();
        status = TaskStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        cancelledAt = at;
        return List.of(new TaskCancelled(ref(), at, by, dueDate, reason));
    }

    /**
     * The task's reminder sent an overdue notice for {@code noticeDueDate}: an open task still due then is overdue.
     * No event of its own (the task-overdue notice is the event); a notice for a due date since moved changes nothing.
     */
    public List<TaskEvent> markOverdue(LocalDate noticeDueDate) {
        if (status.isOpen() && status != TaskStatus.OVERDUE && Objects.equals(dueDate, noticeDueDate)) {
            status = TaskStatus.OVERDUE;
        }
        return List.of();
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw DomainException.conflict("task.closed", id);
        }
    }

    private TaskEvent updated(String reason, List<String> changed, LocalDate previousDue) {
        return new TaskUpdated(ref(), period.text(), status.name(), reason, List.copyOf(changed), dueDate, previousDue,
                expectedEvidence == null ? null : expectedEvidence.name());
    }

    public boolean concerns(String unit) {
        return units.contains(unit);
    }

    /** What every message about this task repeats: its events, its reminders and the quarter digests. */
    public TaskRef ref() {
        return new TaskRef(id, planId, planCode, content, leadUnit, List.copyOf(coordinatingUnits));
    }

    /** LEAD for the lead unit, COORDINATING for the others. */
    public String roleOf(String unit) {
        return unit.equals(leadUnit) ? ROLE_LEAD : ROLE_COORDINATING;
    }

    public String id() { return id; }
    public String planId() { return planId; }
    public String planCode() { return planCode; }
    public int planVersion() { return planVersion; }
    public int planYear() { return planYear; }
    public String content() { return content; }
    public TaskPeriod period() { return period; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate dueDateSetOn() { return dueDateSetOn; }
    public String leadUnit() { return leadUnit; }
    public List<String> coordinatingUnits() { return List.copyOf(coordinatingUnits); }
    public List<String> units() { return List.copyOf(units); }
    public EvidenceKind expectedEvidence() { return expectedEvidence; }
    public String seriesKey() { return seriesKey; }
    public int occurrence() { return occurrence; }
    public TaskStatus status() { return status; }
    public Evidence evidence() { return evidence; }
    public String cancelledBy() { return cancelledBy; }
    public String cancelReason() { return cancelReason; }
    public Instant cancelledAt() { return cancelledAt; }
}
