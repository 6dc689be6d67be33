package vn.tdkt.plan.task.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.plantext.TaskPeriod;

/**
 * One task of a published plan: its own aggregate so that the reminder scan reads and writes one small document
 * per task. Besides the business state it keeps the reminder ladder's bookkeeping: the due date the current
 * ladder belongs to, the day that ladder started and the steps already handled ({@link LadderMark}).
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
    private LocalDate dueDate;
    private String leadUnit;
    private List<String> coordinatingUnits = new ArrayList<>();
    /** Lead plus coordinating units: what "tasks of unit X" queries and the scope checks use. */
    private List<String> units = new ArrayList<>();
    private EvidenceKind expectedEvidence;
    private String seriesKey;
    private int occurrence;
    private TaskStatus status;
    private Evidence evidence;
    private String cancelledBy;
    private String cancelReason;
    private Instant cancelledAt;
    private LocalDate ladderStartedOn;
    private List<LadderMark> ladderMarks = new ArrayList<>();

    private Task() {
    }

    /** A task goes live when its plan version is published; one task-assigned event per unit concerned. */
    public static Assignment assign(String planId, String planCode, int planVersion, int planYear, TaskDraft draft,
            LocalDate today) {
        Task task = new Task();
        task.id = draft.taskId();
        task.planId = planId;
        task.planCode = planCode;
        task.planVersion = planVersion;
        task.planYear = planYear;
        task.status = TaskStatus.PLANNED;
        task.ladderStartedOn = today;
        task.apply(draft);
        List<DomainEvent> events = new ArrayList<>();
        for (String unit : task.units) {
            events.add(new DomainEvent(EventTypes.TASK_ASSIGNED, task.id, new TaskAssigned(task.id, planId, planCode,
                    planVersion, task.content, unit, unit.equals(task.leadUnit) ? ROLE_LEAD : ROLE_COORDINATING,
                    task.leadUnit, List.copyOf(task.coordinatingUnits), task.period.text(),
                    task.expectedEvidence == null ? null : task.expectedEvidence.name(), task.dueDate)));
        }
        return new Assignment(task, events);
    }

    public record Assignment(Task task, List<DomainEvent> events) {
    }

    private void apply(TaskDraft draft) {
        content = draft.content();
        period = draft.period();
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

    /** The view of this task as a draft, to compare plan versions. */
    public TaskDraft asDraft() {
        return new TaskDraft(id, content, period, leadUnit, coordinatingUnits, expectedEvidence, seriesKey, occurrence);
    }

    /**
     * A plan amendment changed this task. Units newly involved get a task-assigned event; a changed due date
     * starts a new ladder from {@code today}. Finished tasks only follow the plan version.
     */
    public List<DomainEvent> amend(int newPlanVersion, TaskDraft draft, LocalDate today) {
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
        apply(draft);
        if (!Objects.equals(previousDue, dueDate)) {
            restartLadder(today);
        }
        List<DomainEvent> events = new ArrayList<>();
        events.add(updated("PLAN_AMENDED", changed, previousDue));
        for (String unit : units) {
            if (!previousUnits.contains(unit)) {
                events.add(new DomainEvent(EventTypes.TASK_ASSIGNED, id, new TaskAssigned(id, planId, planCode,
                        planVersion, content, unit, unit.equals(leadUnit) ? ROLE_LEAD : ROLE_COORDINATING, leadUnit,
                        List.copyOf(coordinatingUnits), period.text(),
                        expectedEvidence == null ? null : expectedEvidence.name(), dueDate)));
            }
        }
        return events;
    }

    /** Sở Nội vụ moves the due date: a new ladder keyed by the new date starts today. */
    public List<DomainEvent> changeDueDate(LocalDate newDueDate, LocalDate today) {
        Objects.requireNonNull(newDueDate, "newDueDate");
        requireOpen();
        if (newDueDate.equals(dueDate)) {
            return List.of();
        }
        LocalDate previous = dueDate;
        dueDate = newDueDate;
        period = period.withDueDate(newDueDate);
        restartLadder(today);
        return List.of(updated("DUE_DATE_CHANGED", List.of("dueDate"), previous));
    }

    private void restartLadder(LocalDate today) {
        ladderStartedOn = today;
        if (status == TaskStatus.OVERDUE && (dueDate == null || !dueDate.isBefore(today))) {
            status = TaskStatus.PLANNED;
        }
    }

    /** The lead unit has started work: only a planned task can start; an overdue one stays overdue. */
    public List<DomainEvent> start() {
        if (status != TaskStatus.PLANNED) {
            throw DomainException.conflict("task.cannot-start", id, status.label());
        }
        status = TaskStatus.IN_PROGRESS;
        return List.of(updated("STARTED", List.of("status"), dueDate));
    }

    public List<DomainEvent> complete(Evidence proof) {
        requireOpen();
        status = TaskStatus.DONE;
        evidence = proof;
        return List.of(new DomainEvent(EventTypes.TASK_COMPLETED, id, new TaskCompleted(id, planId, planCode, content,
                leadUnit, List.copyOf(coordinatingUnits), proof.recordedAt(), proof.recordedBy(), proof.kind().name(),
                proof.reference(), dueDate, proof.note())));
    }

    public List<DomainEvent> cancel(String by, String reason, Instant at) {
        requireOpen();
        status = TaskStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        cancelledAt = at;
        return List.of(new DomainEvent(EventTypes.TASK_CANCELLED, id, new TaskCancelled(id, planId, planCode, content,
                leadUnit, List.copyOf(coordinatingUnits), at, by, dueDate, reason)));
    }

    /**
     * Records ladder steps the reminder scan handled, with the events of the emitted ones. An emitted overdue step
     * turns the task OVERDUE.
     */
    public List<DomainEvent> recordLadder(List<LadderMark> marks, List<DomainEvent> events, boolean overdue) {
        if (!status.isOpen()) {
            throw DomainException.conflict("task.closed", id);
        }
        for (LadderMark mark : marks) {
            if (hasLadderMark(mark.key())) {
                throw DomainException.conflict("task.ladder-step-handled", id, mark.key());
            }
        }
        ladderMarks.addAll(marks);
        if (overdue) {
            status = TaskStatus.OVERDUE;
        }
        return events;
    }

    public boolean hasLadderMark(String key) {
        return ladderMarks.stream().anyMatch(mark -> mark.key().equals(key));
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw DomainException.conflict("task.closed", id);
        }
    }

    private DomainEvent updated(String reason, List<String> changed, LocalDate previousDue) {
        return new DomainEvent(EventTypes.TASK_UPDATED, id, new TaskUpdated(id, planId, planCode, content, leadUnit,
                List.copyOf(coordinatingUnits), period.text(), status.name(), reason, List.copyOf(changed), dueDate,
                previousDue));
    }

    public boolean concerns(String unit) {
        return units.contains(unit);
    }

    public String id() { return id; }
    public String planId() { return planId; }
    public String planCode() { return planCode; }
    public int planVersion() { return planVersion; }
    public int planYear() { return planYear; }
    public String content() { return content; }
    public TaskPeriod period() { return period; }
    public LocalDate dueDate() { return dueDate; }
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
    public LocalDate ladderStartedOn() { return ladderStartedOn; }
    public List<LadderMark> ladderMarks() { return List.copyOf(ladderMarks); }
}
