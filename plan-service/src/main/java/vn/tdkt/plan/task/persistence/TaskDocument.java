package vn.tdkt.plan.task.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code tasks}: one document per task; the reminder scan reads it through the (status, dueDate) index. */
@Document(TaskDocument.COLLECTION)
public class TaskDocument extends AggregateDocument {

    public static final String COLLECTION = "tasks";
    static final String STATUS = "task.status";
    static final String DUE_DATE = "task.dueDate";
    static final String UNITS = "task.units";
    static final String PLAN_ID = "task.planId";
    static final String LAST_EVENT_AT = "lastEventAt";

    @Id
    private String id;

    private Task task;

    protected TaskDocument() {
    }

    public TaskDocument(Task task) {
        this.id = task.id();
        this.task = task;
    }

    public String getId() {
        return id;
    }

    Task getTask() {
        return task;
    }
}
