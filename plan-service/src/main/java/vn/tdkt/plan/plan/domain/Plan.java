package vn.tdkt.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanEvent;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.platform.domain.DomainException;

/**
 * A plan (kế hoạch). DRAFT: editable. PUBLISHED: immutable; a change is an amendment, i.e. a new version with a diff
 * against the previous one (the previous versions stay in {@link #history()}). CLOSED: at year end (from 1 December
 * of the plan year, when the year-end review starts), nothing changes any more.
 *
 * <p>The plan owns the task list of each version; the live tasks are separate aggregates. {@link #taskSyncPending()}
 * tells that the task aggregates have not yet caught up with the current version (publication and amendment write
 * the plan first, then the tasks; a crash in between is repaired by re-running the sync, which is idempotent).
 */
public class Plan {

    private String id;
    private PlanContent content;
    private List<TaskDraft> tasks = new ArrayList<>();
    private PlanStatus status;
    private int version;
    private Instant createdAt;
    private String createdBy;
    private Instant publishedAt;
    private String publishedBy;
    private Instant closedAt;
    private boolean taskSyncPending;
    private List<PlanVersion> history = new ArrayList<>();

    private Plan() {
    }

    public static Plan draft(String id, PlanContent content, List<TaskDraft> tasks, String by, Instant now) {
        Plan plan = new Plan();
        plan.id = id;
        plan.status = PlanStatus.DRAFT;
        plan.version = 0;
        plan.createdAt = now;
        plan.createdBy = by;
        plan.replace(content, tasks);
        return plan;
    }

    /** Edits a draft (whole content and task list); a draft publishes nothing. */
    public List<PlanEvent> edit(PlanContent newContent, List<TaskDraft> newTasks) {
        if (status != PlanStatus.DRAFT) {
            throw DomainException.conflict("plan.not-draft", id, status.name());
        }
        replace(newContent, newTasks);
        return List.of();
    }

    private void replace(PlanContent newContent, List<TaskDraft> newTasks) {
        validate(newContent, newTasks);
        content = newContent;
        tasks = new ArrayList<>(newTasks);
    }

    private static void validate(PlanContent content, List<TaskDraft> tasks) {
        if (content.code() == null || content.code().isBlank()) {
            throw DomainException.invalid("plan.code-missing");
        }
        if (content.title() == null || content.title().isBlank()) {
            throw DomainException.invalid("plan.title-missing");
        }
        if (content.year() < 2000 || content.year() > 2100) {
            throw DomainException.invalid("plan.year-invalid", content.year());
        }
        if (content.kind() == null) {
            throw DomainException.invalid("plan.kind-missing");
        }
        if (content.kind() == PlanKind.IMPLEMENTING && content.parentPlanId() == null) {
            throw DomainException.invalid("plan.parent-missing");
        }
        if (content.issuerUnit() == null || content.issuerUnit().isBlank()) {
            throw DomainException.invalid("plan.issuer-missing");
        }
        long distinct = tasks.stream().map(TaskDraft::taskId).distinct().count();
        if (distinct != tasks.size()) {
            throw DomainException.invalid("plan.task.duplicate-id");
        }
    }

    public List<PlanEvent> publish(String by, Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw DomainException.conflict("plan.not-draft", id, status.name());
        }
        if (tasks.isEmpty()) {
            throw DomainException.invalid("plan.no-tasks");
        }
        status = PlanStatus.PUBLISHED;
        version = 1;
        publishedAt = now;
        publishedBy = by;
        taskSyncPending = true;
        history.add(new PlanVersion(1, now, by, null, content, List.copyOf(tasks), new PlanDiff(List.of(), List.of(), List.of())));
        return List.of(publishedPayload(now));
    }

    private PlanPublished publishedPayload(Instant now) {
        return new PlanPublished(id, content.code(), content.title(), content.year(), version, content.issuerUnit(),
                content.issuedOn(), now, tasks.stream().map(task -> new PlanPublished.PlannedTask(task.taskId(),
                        task.content(), task.period().text(), task.period().dueDate(), task.leadUnit(),
                        task.coordinatingUnits())).toList());
    }

    /**
     * A new version of a published plan. Tasks are matched by id: ids missing from the new list are removed, new
     * ids are added, the others are compared field by field.
     */
    public List<PlanEvent> amend(PlanContent newContent, List<TaskDraft> newTasks, String reason, String by, Instant now) {
        if (status != PlanStatus.PUBLISHED) {
            throw DomainException.conflict("plan.not-published", id, status.name());
        }
        if (!Objects.equals(newContent.year(), content.year())) {
            throw DomainException.invalid("plan.amendment-year-changed");
        }
        if (newTasks == null || newTasks.isEmpty()) {
            // an empty list would cancel every task for good (their ids could not come back)
            throw DomainException.invalid("plan.no-tasks");
        }
        Map<String, TaskDraft> before = new LinkedHashMap<>();
        tasks.forEach(task -> before.put(task.taskId(), task));
        Map<String, TaskDraft> after = new LinkedHashMap<>();
        newTasks.forEach(task -> after.put(task.taskId(), task));
        List<PlanDiff.Entry> added = new ArrayList<>();
        List<PlanDiff.Entry> removed = new ArrayList<>();
        List<PlanDiff.Entry> changed = new ArrayList<>();
        for (TaskDraft task : newTasks) {
            TaskDraft old = before.get(task.taskId());
            if (old == null) {
                added.add(new PlanDiff.Entry(task.taskId(), task.content(), List.of()));
            } else {
                List<String> fields = task.changedFields(old);
                if (!fields.isEmpty()) {
                    changed.add(new PlanDiff.Entry(task.taskId(), task.content(), fields));
                }
            }
        }
        for (TaskDraft old : tasks) {
            if (!after.containsKey(old.taskId())) {
                removed.add(new PlanDiff.Entry(old.taskId(), old.content(), List.of()));
            }
        }
        PlanDiff diff = new PlanDiff(added, removed, changed);
        boolean contentChanged = !newContent.equals(content);
        if (diff.isEmpty() && !contentChanged) {
            throw DomainException.conflict("plan.amendment-empty", id);
        }
        replace(newContent, newTasks);
        int previous = version;
        version++;
        taskSyncPending = true;
        history.add(new PlanVersion(version, now, by, reason, content, List.copyOf(tasks), diff));
        return List.of(new PlanAmended(id, content.code(), content.title(), content.year(), version, previous, now,
                toPayload(added), toPayload(removed), toPayload(changed), reason));
    }

    private static List<PlanAmended.AmendedTask> toPayload(List<PlanDiff.Entry> entries) {
        return entries.stream().map(entry -> new PlanAmended.AmendedTask(entry.taskId(), entry.content(),
                entry.changedFields())).toList();
    }

    public List<PlanEvent> close(LocalDate today, Instant now) {
        if (status != PlanStatus.PUBLISHED) {
            throw DomainException.conflict("plan.not-published", id, status.name());
        }
        if (today.isBefore(LocalDate.of(content.year(), 12, 1))) {
            throw DomainException.conflict("plan.close-too-early", id, String.valueOf(content.year()));
        }
        status = PlanStatus.CLOSED;
        closedAt = now;
        return List.of();
    }

    /** The task aggregates follow the current version now. */
    public List<PlanEvent> taskSyncDone() {
        taskSyncPending = false;
        return List.of();
    }

    public String id() { return id; }
    public PlanContent content() { return content; }
    public List<TaskDraft> tasks() { return List.copyOf(tasks); }
    public PlanStatus status() { return status; }
    public int version() { return version; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public Instant closedAt() { return closedAt; }
    public boolean taskSyncPending() { return taskSyncPending; }
    public List<PlanVersion> history() { return List.copyOf(history); }
}
