package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** The level above (Sở Nội vụ) approved a unit's emulation registration. */
public record RegistrationApproved(
        @NotBlank String registrationId,
        @NotBlank String movementId,
        @NotBlank String unitCode,
        int submission,
        @NotNull @Valid List<RegistrationSubmitted.Item> items,
        @NotNull Instant approvedAt,
        @NotBlank String approvedBy) implements RegistrationEvent {
}
