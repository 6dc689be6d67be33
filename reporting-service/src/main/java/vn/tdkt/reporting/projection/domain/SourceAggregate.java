package vn.tdkt.reporting.projection.domain;

/**
 * The aggregate an event came from. A read model row can be fed by several aggregates (a task row by its plan's
 * {@code plan-published} and by the task's own {@code task-due}/{@code task-overdue}); their sequences are
 * unrelated, so each source keeps its own high-water mark, stored under {@link #markKey(String)}.
 */
public enum SourceAggregate {
    PLAN("plan"),
    TASK("task"),
    DOSSIER("dossier");

    private final String prefix;

    SourceAggregate(String prefix) {
        this.prefix = prefix;
    }

    /**
     * A key safe as a document field name: {@code plan:<id>}. Dots and a leading {@code $} would be read as
     * paths or operators, so they are replaced.
     */
    public String markKey(String aggregateId) {
        return prefix + ":" + aggregateId.replace('.', '_').replace('$', '_');
    }
}
