package vn.tdkt.reporting.projection.domain;

/** What the task aggregate itself last said about the task (its reminders are kept apart). */
public enum TaskLifecycle {
    OPEN,
    DONE,
    CANCELLED
}
