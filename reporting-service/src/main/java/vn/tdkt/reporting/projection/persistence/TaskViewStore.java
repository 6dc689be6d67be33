package vn.tdkt.reporting.projection.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.platform.web.paging.PageQuery;

/** Reads and sequence-guarded writes of {@link TaskView}. */
@Repository
public class TaskViewStore {

    private final MongoTemplate mongo;

    public TaskViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(TaskView.COLLECTION).createIndex(new Index().on("leadUnit", Sort.Direction.ASC)
                .on("state", Sort.Direction.ASC).named("unit_state"));
    }

    /** What the plan says about the task. A new row starts PLANNED; an existing row keeps its state. */
    public boolean applyPlanned(String markKey, long sequence, PlannedTaskRow row, Instant now) {
        Update update = new Update()
                .set("planId", row.planId())
                .set("planCode", row.planCode())
                .set("planTitle", row.planTitle())
                .set("content", row.content())
                .set("periodText", row.periodText())
                .set("leadUnit", row.leadUnit())
                .set("coordinatingUnits", row.coordinatingUnits())
                .set("dueDate", row.dueDate() == null ? null : row.dueDate().toString())
                .set("lastSequence", sequence)
                .set("updatedAt", now.toString())
                .setOnInsert("state", TaskState.PLANNED.name());
        return GuardedUpserts.apply(mongo, TaskView.COLLECTION, row.taskId(), "sourceSequences." + markKey, sequence,
                update);
    }

    /** A reminder or overdue step of the task aggregate: moves the state and refreshes what the event carries. */
    public boolean applyReminder(String markKey, long sequence, ReminderRow row, Instant now) {
        Update update = new Update()
                .set("planId", row.planId())
                .set("content", row.content())
                .set("leadUnit", row.leadUnit())
                .set("coordinatingUnits", row.coordinatingUnits())
                .set("dueDate", row.dueDate().toString())
                .set("state", row.state().name())
                .set("lastReminderOffset", row.offsetDays())
                .set("lastSequence", sequence)
                .set("updatedAt", now.toString());
        if (row.planCode() != null) {
            update.set("planCode", row.planCode());
        }
        if (row.daysLeft() != null) {
            update.set("daysLeft", row.daysLeft());
        }
        if (row.daysLate() != null) {
            update.set("daysLate", row.daysLate()).set("escalated", row.escalated());
        }
        return GuardedUpserts.apply(mongo, TaskView.COLLECTION, row.taskId(), "sourceSequences." + markKey, sequence,
                update);
    }

    /**
     * A change of the task's own lifecycle (completed, cancelled, due date moved): sets the state and due date the
     * task aggregate reports, guarded by its sequence like the reminders.
     */
    public boolean applyLifecycle(String markKey, long sequence, LifecycleRow row, Instant now) {
        Update update = new Update()
                .set("planId", row.planId())
                .set("content", row.content())
                .set("leadUnit", row.leadUnit())
                .set("coordinatingUnits", row.coordinatingUnits())
                .set("dueDate", row.dueDate() == null ? null : row.dueDate().toString())
                .set("state", row.state().name())
                .set("lastSequence", sequence)
                .set("updatedAt", now.toString());
        if (row.planCode() != null) {
            update.set("planCode", row.planCode());
        }
        if (row.state() == TaskState.PLANNED) {
            // a new due date starts a new ladder: the old reminder figures no longer apply
            update.unset("lastReminderOffset").unset("daysLeft").unset("daysLate").unset("escalated");
        }
        return GuardedUpserts.apply(mongo, TaskView.COLLECTION, row.taskId(), "sourceSequences." + markKey, sequence,
                update);
    }

    public Optional<TaskView> find(String taskId) {
        return Optional.ofNullable(mongo.findById(taskId, TaskView.class));
    }

    /** Every task of a lead unit ({@code null}: the whole province), for the summary. */
    public List<TaskView> findAll(String leadUnit) {
        Query query = Query.query(GuardedUpserts.unitCriteria("leadUnit", leadUnit));
        query.fields().include("content", "leadUnit", "dueDate", "state");
        return mongo.find(query, TaskView.class);
    }

    /**
     * A page of tasks by their state as of {@code today}: an open task past its due date counts as overdue (as in the
     * summary) even before its task-overdue event, and no longer as planned or due soon.
     */
    public List<TaskView> findPage(String leadUnit, TaskState state, LocalDate today, PageQuery page) {
        Query query = Query.query(filter(leadUnit, state, today))
                .with(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("_id")))
                .skip(page.offset())
                .limit(page.size());
        return mongo.find(query, TaskView.class);
    }

    public long count(String leadUnit, TaskState state, LocalDate today) {
        return mongo.count(Query.query(filter(leadUnit, state, today)), TaskView.class);
    }

    private static Criteria filter(String leadUnit, TaskState state, LocalDate today) {
        Criteria unit = GuardedUpserts.unitCriteria("leadUnit", leadUnit);
        if (state == null) {
            return unit;
        }
        List<String> open = Arrays.stream(TaskState.values()).filter(TaskState::isOpen).map(Enum::name).toList();
        // TaskState.asOf as a filter; due dates are stored as ISO dates, which order as text
        String day = today.toString();
        Criteria byState = switch (state) {
            case OVERDUE -> new Criteria().orOperator(Criteria.where("state").is(TaskState.OVERDUE.name()),
                    Criteria.where("state").in(open).and("dueDate").lt(day));
            case PLANNED, DUE_SOON -> Criteria.where("state").is(state.name())
                    .orOperator(Criteria.where("dueDate").gte(day), Criteria.where("dueDate").is(null));
            default -> Criteria.where("state").is(state.name());
        };
        return leadUnit == null ? byState : new Criteria().andOperator(unit, byState);
    }

    /** The fields a {@code task-completed}, {@code task-cancelled} or {@code task-updated} event carries. */
    public record LifecycleRow(String taskId, String planId, String planCode, String content, String leadUnit,
            List<String> coordinatingUnits, LocalDate dueDate, TaskState state) {
    }

    /** The fields {@code plan-published} knows about one task. */
    public record PlannedTaskRow(String taskId, String planId, String planCode, String planTitle, String content,
            String periodText, String leadUnit, List<String> coordinatingUnits, LocalDate dueDate) {
    }

    /** The fields a {@code task-due} ({@code daysLeft}) or {@code task-overdue} ({@code daysLate}) event carries. */
    public record ReminderRow(String taskId, String planId, String planCode, String content, String leadUnit,
            List<String> coordinatingUnits, LocalDate dueDate, TaskState state, int offsetDays, Integer daysLeft,
            Integer daysLate, boolean escalated) {
    }
}
