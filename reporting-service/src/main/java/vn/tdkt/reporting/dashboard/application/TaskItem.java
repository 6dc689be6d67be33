package vn.tdkt.reporting.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.reporting.projection.domain.TaskState;

/**
 * One task of the drill-down list, with its state as of today.
 *
 * @param role        LEAD when the reader's unit leads it, COORDINATING when it coordinates (null: province view)
 * @param daysLeft    calendar days from today to the due date (negative once it has passed)
 * @param daysLate    as the last overdue reminder said
 */
public record TaskItem(String taskId, String planId, String planCode, String content, String leadUnit,
        String leadUnitName, List<String> coordinatingUnits, String role, LocalDate dueDate, TaskState state,
        String stateLabel, Integer lastReminderOffset, Long daysLeft, Integer daysLate, String expectedEvidence) {
}
