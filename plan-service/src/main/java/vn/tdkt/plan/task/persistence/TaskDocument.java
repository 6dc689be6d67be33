package vn.tdkt.plan.task.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code tasks}: one document per task; the reminder scan reads it through the (status, dueDate) index. */
@Document(TaskDocument.COLLECTION)
public class TaskDocument extends AggregateDocument<Task> {

    public static final String COLLECTION = "tasks";
    static final String STATUS = path("status");
    static final String DUE_DATE = path("dueDate");
    static final String UNITS = path("units");
    static final String PLAN_ID = path("planId");
    static final String LAST_EVENT_AT = "lastEventAt";
}
