package vn.tdkt.plan.task.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.platform.outbox.OutboxRecorder;

/** Loads and saves task aggregates; every save is one atomic, version-guarded write with its outbox events. */
@Component
public class TaskStore {

    public static final List<TaskStatus> OPEN = List.of(TaskStatus.PLANNED, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE);

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public TaskStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(TaskDocument.COLLECTION).createIndex(new Index()
                .on(TaskDocument.STATUS, Sort.Direction.ASC).on(TaskDocument.DUE_DATE, Sort.Direction.ASC)
                .named("task_status_due"));
        mongo.indexOps(TaskDocument.COLLECTION).createIndex(new Index()
                .on(TaskDocument.UNITS, Sort.Direction.ASC).on(TaskDocument.DUE_DATE, Sort.Direction.ASC)
                .named("task_units_due"));
        mongo.indexOps(TaskDocument.COLLECTION).createIndex(new Index()
                .on(TaskDocument.PLAN_ID, Sort.Direction.ASC).named("task_plan"));
        mongo.indexOps(TaskDocument.COLLECTION).createIndex(new Index()
                .on(TaskDocument.LAST_EVENT_AT, Sort.Direction.ASC).named("task_last_event"));
    }

    public Optional<TaskDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TaskDocument.class));
    }

    public List<TaskDocument> byPlan(String planId) {
        return mongo.find(Query.query(Criteria.where(TaskDocument.PLAN_ID).is(planId)), TaskDocument.class);
    }

    /** Inserts a new task; a duplicate id (a repeated sync) throws DuplicateKeyException. */
    public TaskDocument insert(Task task, List<DomainEvent> events) {
        TaskDocument document = new TaskDocument(task);
        outbox.record(document, events);
        return mongo.insert(document);
    }

    /** Saves a loaded document: fails with OptimisticLockingFailureException if someone saved in between. */
    public TaskDocument save(TaskDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }

    /** Open tasks whose due date lies in [from, to]: the reminder scan's window, served by (status, dueDate). */
    public List<TaskDocument> openDueBetween(LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where(TaskDocument.STATUS).in(names(OPEN))
                .and(TaskDocument.DUE_DATE).gte(from).lte(to)), TaskDocument.class);
    }

    /** One unit's open tasks due in [from, to], served by (units, dueDate). */
    public List<TaskDocument> openDueBetweenFor(String unit, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where(TaskDocument.UNITS).is(unit)
                .and(TaskDocument.DUE_DATE).gte(from).lte(to)
                .and(TaskDocument.STATUS).in(names(OPEN))), TaskDocument.class);
    }

    /** Tasks that recorded an event at or after {@code since}, in any state, served by (lastEventAt). */
    public List<TaskDocument> changedSince(Instant since) {
        return mongo.find(Query.query(Criteria.where(TaskDocument.LAST_EVENT_AT).gte(since)), TaskDocument.class);
    }

    public List<TaskDocument> search(Query query) {
        return mongo.find(query, TaskDocument.class);
    }

    public long count(Query query) {
        return mongo.count(query, TaskDocument.class);
    }

    public static List<String> names(Collection<TaskStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
