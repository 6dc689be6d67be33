package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The level above (Sở Nội vụ) returned a unit's emulation registration with a reason; the unit may resubmit. */
public record RegistrationReturned(
        @NotBlank String registrationId,
        @NotBlank String movementId,
        @NotBlank String unitCode,
        int submission,
        @NotBlank String reason,
        @NotNull Instant returnedAt,
        @NotBlank String returnedBy) implements RegistrationEvent {
}
