package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/**
 * Every event a task (nhiệm vụ) publishes. Keyed by {@code taskId}. The reminder ladder's {@code task-due} and
 * {@code task-overdue} are the task's reminder's events ({@link ReminderEvent}), with the same key.
 */
public sealed interface TaskEvent extends EventPayload
        permits TaskAssigned, TaskUpdated, TaskCompleted, TaskCancelled {

    /** The task this event is about. */
    TaskRef task();

    default String taskId() {
        return task().taskId();
    }

    @Override
    default String aggregateId() {
        return taskId();
    }
}
