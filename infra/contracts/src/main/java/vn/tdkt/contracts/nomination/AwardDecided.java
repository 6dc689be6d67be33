package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A decision (quyết định) awarded a title or form to one awardee, with the reward money (R-MONEY-01). One event per awardee.
 *
 * @param decisionNumber number and symbol, e.g. 1234/QĐ-UBND
 * @param authority the deciding authority, e.g. CHU_TICH_UBND_TINH
 * @param amount reward money in đồng
 * @param baseSalary base salary on the decision date, in đồng
 * @param personEmail the awardee's e-mail, where known
 * @param verifyUrl the public certificate verification page
 */
public record AwardDecided(
        @JsonUnwrapped @Valid @NotNull AwardRef award,
        @NotBlank String decisionId,
        @NotBlank String decisionNumber,
        @NotNull LocalDate decisionDate,
        @NotBlank String authority,
        long amount,
        double coefficient,
        long baseSalary,
        String personEmail,
        String verifyUrl) implements AwardEvent {
}
