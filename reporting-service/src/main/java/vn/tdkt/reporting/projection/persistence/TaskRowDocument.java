package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.TaskRow;

/** Collection {@code task_views}: one {@link TaskRow} per plan task. */
@Document(TaskRowDocument.COLLECTION)
public class TaskRowDocument extends ProjectionDocument<TaskRow> {

    public static final String COLLECTION = "task_views";

    protected TaskRowDocument() {
    }

    TaskRowDocument(String id) {
        super(id, TaskRow.of(id));
    }
}
