package vn.tdkt.plan.reminder.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.reminder.domain.TaskReminder;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code task_reminders}: a task's reminder ladder, keyed by the task id. */
@Document(TaskReminderDocument.COLLECTION)
public class TaskReminderDocument extends AggregateDocument<TaskReminder> {

    public static final String COLLECTION = "task_reminders";
}
