package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan (kế hoạch) version was published: it is now immutable and its tasks are live. */
public record PlanPublished(
        @NotBlank String planId,
        @NotBlank String code,
        @NotBlank String title,
        int year,
        int version,
        @NotBlank String issuerUnit,
        LocalDate issuedOn,
        @NotNull Instant publishedAt,
        @NotNull @Valid List<PlannedTask> tasks) implements PlanEvent {

    /** One task of the plan as the other services need to know it. */
    public record PlannedTask(
            @NotBlank String taskId,
            @NotBlank String content,
            String periodText,
            LocalDate dueDate,
            @NotBlank String leadUnit,
            @NotNull List<String> coordinatingUnits) {
    }
}
