package vn.tdkt.nomination.register.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision that gave an award: its number and symbol (e.g. {@code 2150/QĐ-UBND}), date, deciding authority and
 * signer.
 *
 * @param decisionId the decision recorded in this system, or {@code null} for an imported historical one
 */
public record DecisionRef(String decisionId, String number, LocalDate date, DecidingAuthority authority,
        String signer) {

    public DecisionRef {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authority, "authority");
    }
}
