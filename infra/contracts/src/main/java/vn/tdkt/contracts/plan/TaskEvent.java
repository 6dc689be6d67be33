package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event a task (nhiệm vụ) publishes. Keyed by {@code taskId}. */
public sealed interface TaskEvent extends EventPayload
        permits TaskAssigned, TaskUpdated, TaskCompleted, TaskCancelled, TaskDue, TaskOverdue {

    String taskId();

    @Override
    default String aggregateId() {
        return taskId();
    }
}
