package vn.tdkt.contracts.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit submitted (or resubmitted) its report. When the duty came from a plan task, plan-service completes that task with the report as evidence.
 *
 * @param dutyId one unit's duty to submit one report for one period
 * @param period the reporting period, e.g. 2026-H1, 2026, 2026-Q3
 * @param taskId the plan task this report is the evidence of, if any
 * @param documentUrl where the submitted file can be fetched (with a token)
 */
public record ReportSubmitted(
        @NotBlank String dutyId,
        @NotBlank String obligationId,
        @NotBlank String title,
        @NotBlank String unitCode,
        @NotBlank String period,
        @NotBlank String submissionId,
        @NotBlank String submittedBy,
        @NotNull Instant submittedAt,
        @NotNull LocalDate dueDate,
        boolean onTime,
        boolean resubmission,
        String taskId,
        String documentUrl) implements ReportDutyEvent {
}
