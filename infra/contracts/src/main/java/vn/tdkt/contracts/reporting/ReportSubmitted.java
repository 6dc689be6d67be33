package vn.tdkt.contracts.reporting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit submitted (or resubmitted) its report. When the duty came from a plan task, plan-service completes that task with the report as evidence.
 *
 * @param taskId the plan task this report is the evidence of, if any
 * @param documentUrl where the submitted file can be fetched (with a token)
 */
public record ReportSubmitted(
        @JsonUnwrapped @Valid @NotNull ReportDutyRef duty,
        @NotBlank String submissionId,
        @NotBlank String submittedBy,
        @NotNull Instant submittedAt,
        @NotNull LocalDate dueDate,
        boolean onTime,
        boolean resubmission,
        String taskId,
        String documentUrl) implements ReportDutyEvent {
}
