package vn.tdkt.reporting.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.reporting.projection.domain.TaskState;

/**
 * One task in the drill-down list.
 *
 * @param daysLeft calendar days from today to the due date (negative once passed), null without a due date
 * @param daysLate days late as last reported by a task-overdue event
 */
public record TaskItem(String taskId, String planId, String planCode, String content, String leadUnit,
        List<String> coordinatingUnits, LocalDate dueDate, TaskState state, String stateLabel,
        Integer lastReminderOffset, Long daysLeft, Integer daysLate, Long lastSequence) {
}
