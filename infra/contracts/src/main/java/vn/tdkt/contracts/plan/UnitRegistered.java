package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An org unit entered the unit registry. */
public record UnitRegistered(
        @JsonUnwrapped @Valid @NotNull UnitProfile unit) implements UnitEvent {
}
