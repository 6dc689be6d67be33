package vn.tdkt.contracts.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A unit registered (đăng ký thi đua) for a launched movement the titles and forms it aims for, within its quotas.
 *
 * @param submission 1 for the first submission, 2 after the first return, and so on
 */
public record RegistrationSubmitted(
        @NotBlank String registrationId,
        @NotBlank String movementId,
        @NotBlank String unitCode,
        int submission,
        @NotNull @Valid List<Item> items,
        @NotNull Instant submittedAt,
        @NotBlank String submittedBy) implements RegistrationEvent {

    /** @param count how many proposals of this award form the unit plans */
    public record Item(@NotBlank String awardCode, int count) {
    }
}
