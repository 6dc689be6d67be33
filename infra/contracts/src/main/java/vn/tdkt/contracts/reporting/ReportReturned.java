package vn.tdkt.contracts.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Sở Nội vụ returned a submitted report with reasons; the unit must resubmit.
 *
 * @param dutyId one unit's duty to submit one report for one period
 * @param period the reporting period, e.g. 2026-H1, 2026, 2026-Q3
 */
public record ReportReturned(
        @NotBlank String dutyId,
        @NotBlank String obligationId,
        @NotBlank String title,
        @NotBlank String unitCode,
        @NotBlank String period,
        @NotBlank String submissionId,
        @NotNull List<String> reasons,
        LocalDate resubmitBy,
        @NotBlank String returnedBy,
        @NotNull Instant returnedAt) implements ReportDutyEvent {
}
