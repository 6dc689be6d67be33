package vn.tdkt.contracts.reporting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Sở Nội vụ returned a submitted report with reasons; the unit must resubmit. */
public record ReportReturned(
        @JsonUnwrapped @Valid @NotNull ReportDutyRef duty,
        @NotBlank String submissionId,
        @NotNull List<String> reasons,
        LocalDate resubmitBy,
        @NotBlank String returnedBy,
        @NotNull Instant returnedAt) implements ReportDutyEvent {
}
