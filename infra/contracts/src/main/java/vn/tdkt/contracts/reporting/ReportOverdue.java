package vn.tdkt.contracts.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A unit's report is past its due date without an accepted submission.
 *
 * @param dutyId one unit's duty to submit one report for one period
 * @param period the reporting period, e.g. 2026-H1, 2026, 2026-Q3
 * @param escalate true on the step that escalates to the unit's head / the level above
 */
public record ReportOverdue(
        @NotBlank String dutyId,
        @NotBlank String obligationId,
        @NotBlank String title,
        @NotBlank String unitCode,
        @NotBlank String period,
        @NotNull LocalDate dueDate,
        int daysLate,
        boolean escalate) implements ReportDutyEvent {
}
