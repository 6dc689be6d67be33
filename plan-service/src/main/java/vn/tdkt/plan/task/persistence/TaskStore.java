package vn.tdkt.plan.task.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** Task aggregates and the queries over them: the due scan's window, a unit's quarter, what changed, searches. */
@Repository
public class TaskStore extends AggregateStore<Task, TaskDocument> {

    private static final List<String> OPEN = List.of(TaskStatus.PLANNED.name(), TaskStatus.IN_PROGRESS.name(),
            TaskStatus.OVERDUE.name());

    public TaskStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, TaskDocument.class, TaskDocument::new, Task::id, "task.not-found");
        Indexes.ensure(mongo, TaskDocument.COLLECTION,
                Indexes.ascending("task_status_due", TaskDocument.STATUS, TaskDocument.DUE_DATE),
                Indexes.ascending("task_units_due", TaskDocument.UNITS, TaskDocument.DUE_DATE),
                Indexes.ascending("task_plan", TaskDocument.PLAN_ID),
                Indexes.ascending("task_last_event", TaskDocument.LAST_EVENT_AT));
    }

    public List<Versioned<Task>> byPlan(String planId) {
        return findAllVersioned(Query.query(Criteria.where(TaskDocument.PLAN_ID).is(planId)));
    }

    /** Open tasks whose due date lies in [from, to]: the reminder scan's window, served by (status, dueDate). */
    public List<Task> openDueBetween(LocalDate from, LocalDate to) {
        return findAll(Query.query(Criteria.where(TaskDocument.STATUS).in(OPEN)
                .and(TaskDocument.DUE_DATE).gte(from).lte(to)));
    }

    /**
     * Tasks due in [{@code from}, {@code before}) that are still planned or in progress: late, and never told so (a
     * plan published after their date). Normally none, as the ladder marks a task overdue; served by (status,
     * dueDate).
     */
    public List<Task> lateNeverMarked(LocalDate from, LocalDate before) {
        return findAll(Query.query(Criteria.where(TaskDocument.STATUS)
                .in(TaskStatus.PLANNED.name(), TaskStatus.IN_PROGRESS.name())
                .and(TaskDocument.DUE_DATE).gte(from).lt(before)));
    }

    /** One unit's open tasks due in [from, to], served by (units, dueDate). */
    public List<Task> openDueBetweenFor(String unit, LocalDate from, LocalDate to) {
        return findAll(Query.query(Criteria.where(TaskDocument.UNITS).is(unit)
                .and(TaskDocument.DUE_DATE).gte(from).lte(to)
                .and(TaskDocument.STATUS).in(OPEN)));
    }

    /** Tasks that recorded an event at or after {@code since}, in any state, served by (lastEventAt). */
    public List<Task> changedSince(Instant since) {
        return findAll(Query.query(Criteria.where(TaskDocument.LAST_EVENT_AT).gte(since)));
    }

    /**
     * A page of tasks, earliest due first: of {@code unit} (lead or coordinating) when given, due in [from, to] when
     * given, in {@code status}, of {@code planId}.
     */
    public PageResponse<Task> search(String unit, LocalDate from, LocalDate to, TaskStatus status, String planId,
            PageQuery page) {
        Query query = Query.query(new FilterCriteria()
                .equal(TaskDocument.UNITS, unit)
                .when(from != null || to != null, () -> dueBetween(from, to))
                .equal(TaskDocument.STATUS, status)
                .equal(TaskDocument.PLAN_ID, planId)
                .all());
        long total = count(query);
        query.with(Sort.by(Sort.Order.asc(TaskDocument.DUE_DATE), Sort.Order.asc("_id"))).skip(page.offset())
                .limit(page.size());
        return PageResponse.of(findAll(query), page, total);
    }

    /** Due in [from, to]; either end may be open ({@code null}). */
    private static Criteria dueBetween(LocalDate from, LocalDate to) {
        Criteria due = Criteria.where(TaskDocument.DUE_DATE);
        return from == null ? due.lte(to) : to == null ? due.gte(from) : due.gte(from).lte(to);
    }
}
