package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter started: the tasks a unit leads or coordinates that are due in it. Emitted once per unit and
 * quarter by that unit's digest of the quarter, keyed {@code <unitCode>:Q<quarter>-<year>}.
 *
 * @param tasks     earliest due first; at most the producer's digest limit, so that the event stays small
 * @param taskCount how many tasks the unit has due in the quarter (more than {@code tasks} holds if it was cut)
 */
public record QuarterOpened(
        @NotBlank String unitCode,
        int year,
        int quarter,
        @NotNull LocalDate quarterStart,
        @NotNull LocalDate quarterEnd,
        @NotNull @Valid List<QuarterTask> tasks,
        int taskCount) implements QuarterDigestEvent {

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
