package vn.tdkt.plan.reminder.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.reminder.domain.TaskReminder;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code task_reminders}: a task's reminder ladder, keyed by the task id. */
@Document(TaskReminderDocument.COLLECTION)
public class TaskReminderDocument extends AggregateDocument {

    public static final String COLLECTION = "task_reminders";

    @Id
    private String id;

    private TaskReminder reminder;

    protected TaskReminderDocument() {
    }

    TaskReminderDocument(TaskReminder reminder) {
        this.id = reminder.taskId();
        this.reminder = reminder;
    }

    String getId() {
        return id;
    }

    TaskReminder getReminder() {
        return reminder;
    }
}
