package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/**
 * An event about one task, keyed by its {@code taskId}: the task's own events ({@link TaskEvent}) and its reminder's
 * ({@link ReminderEvent}), two aggregates sharing a key so that all of a task's events stay on one partition.
 */
public sealed interface TaskKeyedEvent extends EventPayload permits TaskEvent, ReminderEvent {

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
