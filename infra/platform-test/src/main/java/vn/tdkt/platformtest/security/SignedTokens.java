package vn.tdkt.platformtest.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real signed access tokens, for tests that go through a real HTTP server where {@link TestTokens}' MockMvc
 * post-processors do not reach (a browser, a server-sent event stream). The key pair is generated locally; a test
 * context trusts it through {@link #decoderFor}, so the default issuer (http://localhost:9000) is never contacted.
 * Tokens are shaped like the authorization server's ({@code sub}, {@code unit}, {@code roles}) and are checked
 * against the real time, not the test clock.
 */
public final class SignedTokens {

    /** The issuer the services expect by default. */
    public static final String ISSUER = "http://localhost:9000";

    private final JwtEncoder encoder;

    private SignedTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    /** A new RSA key pair (2048 bits). */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens signed with the private key of {@code keys}. */
    public static SignedTokens signedWith(KeyPair keys) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate()).keyID("test-key").build();
        return new SignedTokens(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))));
    }

    /** The decoder a test context uses to trust tokens signed with {@code keys}. */
    public static JwtDecoder decoderFor(KeyPair keys) {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }

    /**
     * A token of {@code subject} valid for {@code lifetime} from now; a negative lifetime gives a token that has
     * already expired (issued an hour before it expired).
     */
    public String mint(String subject, Duration lifetime, String unit, String... roles) {
        Instant now = Instant.now();
        Instant issued = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofHours(1)) : now;
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(subject)
                .issuedAt(issued).expiresAt(now.plus(lifetime)).claim("unit", unit).claim("roles", List.of(roles))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
