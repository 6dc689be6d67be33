package vn.tdkt.reporting.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Mints signed access tokens with the {@code unit} and {@code roles} claims. */
public class Tokens {

    private final JwtEncoder encoder;

    public Tokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    public String mint(String unit, String... roles) {
        return mint(Duration.ofHours(1), unit, roles);
    }

    /** A token valid for {@code lifetime} from now (negative: already expired). */
    public String mint(Duration lifetime, String unit, String... roles) {
        Instant now = Instant.now();
        Instant issued = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofHours(1)) : now;
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("http://localhost:9000")
                .subject(unit.toLowerCase() + "-user")
                .issuedAt(issued)
                .expiresAt(now.plus(lifetime))
                .claim("unit", unit)
                .claim("roles", List.of(roles))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
