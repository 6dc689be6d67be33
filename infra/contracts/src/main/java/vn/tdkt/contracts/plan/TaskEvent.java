package vn.tdkt.contracts.plan;

/**
 * Every event a task (nhiệm vụ) publishes. Keyed by {@code taskId}. The reminder ladder's {@code task-due} and
 * {@code task-overdue} are the task's reminder's events ({@link ReminderEvent}), with the same key.
 */
public sealed interface TaskEvent extends TaskKeyedEvent
        permits TaskAssigned, TaskUpdated, TaskCompleted, TaskCancelled {
}
