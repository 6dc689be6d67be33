package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Which task an event is about: the header every {@link TaskEvent} and {@link ReminderEvent} carries. Events hold
 * it as a {@code @JsonUnwrapped} component, so on the wire its fields stay top-level fields of each event, exactly as
 * the {@code task-*.v1} schemas describe them; {@code @Valid} on that component keeps these constraints checked.
 *
 * @param taskId            the task (nhiệm vụ)
 * @param planId            the plan (kế hoạch) the task belongs to
 * @param planCode          the plan's number and symbol, where it has one
 * @param content           what is to be done
 * @param leadUnit          the unit in charge (đơn vị chủ trì)
 * @param coordinatingUnits the units that coordinate (đơn vị phối hợp)
 */
public record TaskRef(
        @NotBlank String taskId,
        @NotBlank String planId,
        String planCode,
        @NotBlank String content,
        @NotBlank String leadUnit,
        @NotNull List<String> coordinatingUnits) {
}
