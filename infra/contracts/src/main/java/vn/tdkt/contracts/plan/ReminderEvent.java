package vn.tdkt.contracts.plan;

/**
 * Every event a task's reminder (its ladder of reminders, an aggregate of its own) publishes. Keyed by {@code taskId},
 * like the task's own events, so a task's reminders stay in order with each other on one partition. Their CloudEvents
 * {@code sequence} counts the reminder's events, independently of the task's: a consumer must not compare the
 * sequence of a reminder event with that of a {@link TaskEvent}.
 */
public sealed interface ReminderEvent extends TaskKeyedEvent permits TaskDue, TaskOverdue {
}
