package vn.tdkt.contracts.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A unit's report reached one of its reminder offsets before the due date (the report ladder).
 *
 * @param dutyId one unit's duty to submit one report for one period
 * @param period the reporting period, e.g. 2026-H1, 2026, 2026-Q3
 */
public record ReportDue(
        @NotBlank String dutyId,
        @NotBlank String obligationId,
        @NotBlank String title,
        @NotBlank String unitCode,
        @NotBlank String period,
        @NotNull LocalDate dueDate,
        int offsetDays,
        int daysLeft) implements ReportDutyEvent {
}
