package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An award was revoked (hủy bỏ) by the original decider's level for a trigger of Luật TĐKT Điều 93 k2 (a)–(d); money and items are to be recovered (R-REV-01).
 *
 * @param awardId the award register entry
 * @param unitCode the unit of the awardee (or the awarded collective)
 * @param trigger Điều 93 k2 point: A, B, C or D
 * @param causedBy the award whose revocation made this one lose its prerequisite, for a cascade
 * @param amountToRecover reward money to recover, in đồng
 */
public record AwardRevoked(
        @NotBlank String awardId,
        String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        int year,
        @NotBlank String revocationId,
        @NotBlank String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotBlank String trigger,
        @NotBlank String reason,
        String causedBy,
        long amountToRecover) implements AwardEvent {
}
