package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An org unit's registry entry changed (name, head, contacts, parent, active period, successor after a merger).
 * Carries the whole new state plus the names of the changed fields.
 */
public record UnitChanged(
        @JsonUnwrapped @Valid @NotNull UnitProfile unit,
        @NotNull List<String> changedFields) implements UnitEvent {
}
