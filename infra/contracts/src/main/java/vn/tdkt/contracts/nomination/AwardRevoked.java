package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An award was revoked (hủy bỏ) by the original decider's level for a trigger of Luật TĐKT Điều 93 k2 (a)–(d); money and items are to be recovered (R-REV-01).
 *
 * @param trigger Điều 93 k2 point: A, B, C or D
 * @param causedBy the award whose revocation made this one lose its prerequisite, for a cascade
 * @param amountToRecover reward money to recover, in đồng
 */
public record AwardRevoked(
        @JsonUnwrapped @Valid @NotNull AwardRef award,
        @NotBlank String revocationId,
        @NotBlank String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotBlank String trigger,
        @NotBlank String reason,
        String causedBy,
        long amountToRecover) implements AwardEvent {
}
