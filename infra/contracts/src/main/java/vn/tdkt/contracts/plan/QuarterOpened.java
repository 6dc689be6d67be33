package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter started: the tasks a unit leads or coordinates that are due in it. Emitted once per unit and
 * quarter, keyed by the unit code.
 */
public record QuarterOpened(
        @NotBlank String unitCode,
        int year,
        int quarter,
        @NotNull LocalDate quarterStart,
        @NotNull LocalDate quarterEnd,
        @NotNull @Valid List<QuarterTask> tasks) {

    /** @param role LEAD or COORDINATING */
    public record QuarterTask(
            @NotBlank String taskId,
            @NotBlank String planId,
            String planCode,
            @NotBlank String content,
            @NotBlank String role,
            LocalDate dueDate) {
    }
}
