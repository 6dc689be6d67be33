package vn.tdkt.reporting.dashboard.domain;

import java.time.LocalDate;
import vn.tdkt.reporting.projection.domain.TaskState;

/** What the summary needs to know about one task. {@code dueDate} may be unknown (a task with no deadline). */
public record TaskSnapshot(String taskId, String content, String leadUnit, LocalDate dueDate, TaskState state) {

    /** This task with its state as of {@code today} ({@link TaskState#asOf}). */
    public TaskSnapshot asOf(LocalDate today) {
        TaskState current = state.asOf(dueDate, today);
        return current == state ? this : new TaskSnapshot(taskId, content, leadUnit, dueDate, current);
    }
}
