package vn.tdkt.contracts.reporting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A unit's report reached one of its reminder offsets before the due date (the report ladder). */
public record ReportDue(
        @JsonUnwrapped @Valid @NotNull ReportDutyRef duty,
        @NotNull LocalDate dueDate,
        int offsetDays,
        int daysLeft) implements ReportDutyEvent {
}
