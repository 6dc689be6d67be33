package vn.tdkt.reporting.support;

import java.time.Duration;
import vn.tdkt.platformtest.security.SignedTokens;

/** Mints signed access tokens of a unit's user ({@code <unit>-user}) with the {@code unit} and {@code roles} claims. */
public class Tokens {

    private final SignedTokens tokens;

    public Tokens(SignedTokens tokens) {
        this.tokens = tokens;
    }

    public String mint(String unit, String... roles) {
        return mint(Duration.ofHours(1), unit, roles);
    }

    /** A token valid for {@code lifetime} from now (negative: already expired). */
    public String mint(Duration lifetime, String unit, String... roles) {
        return tokens.mint(unit.toLowerCase() + "-user", lifetime, unit, roles);
    }
}
