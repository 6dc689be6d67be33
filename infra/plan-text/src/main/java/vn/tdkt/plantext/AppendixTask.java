package vn.tdkt.plantext;

import java.util.List;

/**
 * One row of the appendix task table, as a preview for the officer to confirm.
 *
 * @param group             the group row the task is listed under
 * @param rowNumber         the number in the TT column (restarts in each group)
 * @param content           the task, lines joined with a space
 * @param periodText        the period cell exactly as written; null when the cell is missing
 * @param period            the parsed period; when the cell is missing it is inferred from the group
 *                          (a quarter group gives the quarter, the ongoing group gives ONGOING)
 * @param periodInferred    whether {@code period} was inferred from the group rather than read
 * @param dueDate           the due date by {@link DueDateRule}
 * @param leadUnit          the lead unit (đơn vị chủ trì) as written; null when missing
 * @param coordinatingUnits coordinating units (đơn vị phối hợp) as written, one per ';' or bullet line
 * @param lineNumber        1-based line of the row in the input
 */
public record AppendixTask(TaskGroup group, int rowNumber, String content, String periodText, TaskPeriod period,
                           boolean periodInferred, DueDate dueDate, String leadUnit, List<String> coordinatingUnits,
                           int lineNumber) {

    public AppendixTask {
        coordinatingUnits = List.copyOf(coordinatingUnits);
    }
}
