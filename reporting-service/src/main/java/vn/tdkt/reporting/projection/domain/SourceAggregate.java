package vn.tdkt.reporting.projection.domain;

import lombok.RequiredArgsConstructor;

/**
 * The family of events a read-model row heard from, each with its own sequence high-water mark. A row can be fed
 * by several aggregates (a task row by its plan's {@code plan-published}, by the task's own lifecycle events and by
 * its reminders; a dossier row by the dossier, the council session that voted it, its public notice and its award);
 * their sequences are unrelated, so each source keeps its own mark, stored under {@link #markKey(String)} and never
 * compared with another's.
 *
 * <p>{@link #REMINDER} is separate from {@link #TASK} on purpose: {@code task-due} and {@code task-overdue} may come
 * from a reminder aggregate of plan-service whose sequence is independent of the task's (same subject, the task id).
 */
@RequiredArgsConstructor
public enum SourceAggregate {
    PLAN("plan"),
    TASK("task"),
    REMINDER("reminder"),
    UNIT("unit"),
    CLUSTER("cluster"),
    MOVEMENT("movement"),
    REGISTRATION("registration"),
    CALENDAR("calendar"),
    DOSSIER("dossier"),
    SESSION("session"),
    NOTICE("notice"),
    AWARD("award"),
    NOTIFICATION("notification");

    private final String prefix;

    /**
     * A key safe as a document field name: {@code plan:<id>}. Dots and a leading {@code $} would be read as paths or
     * operators, so they are replaced.
     */
    public String markKey(String aggregateId) {
        return prefix + ":" + aggregateId.replace('.', '_').replace('$', '_');
    }
}
