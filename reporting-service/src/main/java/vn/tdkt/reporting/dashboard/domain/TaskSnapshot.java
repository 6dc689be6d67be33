package vn.tdkt.reporting.dashboard.domain;

import java.time.LocalDate;
import vn.tdkt.reporting.projection.domain.TaskState;

/** What the summary needs to know about one task. {@code dueDate} may be unknown (a task with no deadline). */
public record TaskSnapshot(String taskId, String content, String leadUnit, LocalDate dueDate, TaskState state) {

    /**
     * The state as of {@code today}: an open task whose due date has passed is overdue even before (or without)
     * a {@code task-overdue} event, e.g. a plan imported after its deadlines or a ladder step not yet scanned.
     */
    public TaskSnapshot asOf(LocalDate today) {
        boolean open = state == TaskState.PLANNED || state == TaskState.DUE_SOON;
        if (open && dueDate != null && dueDate.isBefore(today)) {
            return new TaskSnapshot(taskId, content, leadUnit, dueDate, TaskState.OVERDUE);
        }
        return this;
    }
}
