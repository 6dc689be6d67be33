package vn.tdkt.contracts.reporting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A unit's report is past its due date without an accepted submission.
 *
 * @param escalate true on the step that escalates to the unit's head / the level above
 */
public record ReportOverdue(
        @JsonUnwrapped @Valid @NotNull ReportDutyRef duty,
        @NotNull LocalDate dueDate,
        int daysLate,
        boolean escalate) implements ReportDutyEvent {
}
