package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An emulation movement (phong trào thi đua) was closed: no more registrations or proposals under it. */
public record MovementClosed(
        @NotBlank String movementId,
        @NotBlank String name,
        @NotNull Instant closedAt,
        @NotBlank String closedBy) implements MovementEvent {
}
