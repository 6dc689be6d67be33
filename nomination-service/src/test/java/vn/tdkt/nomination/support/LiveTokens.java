package vn.tdkt.nomination.support;

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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real signed access tokens for tests that go through a real HTTP server (the voting page in a browser): a locally
 * generated RSA key, the service's decoder for it (so the default issuer, http://localhost:9000, is never contacted),
 * and tokens shaped like the authorization server's ({@code sub}, {@code unit}, {@code roles}), checked against the
 * real time.
 */
public class LiveTokens {

    private static final KeyPair KEYS = generate();

    private final JwtEncoder encoder;

    LiveTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    /** Tokens signed with the key the live test context trusts (for a fake issuer outside the context). */
    public static LiveTokens create() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                .privateKey((RSAPrivateKey) KEYS.getPrivate()).keyID("test-key").build();
        return new LiveTokens(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))));
    }

    /** A token of {@code subject} (a council member's id) valid for {@code lifetime} (negative: expired). */
    public String mint(String subject, Duration lifetime, String unit, String... roles) {
        Instant now = Instant.now();
        Instant issued = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofHours(1)) : now;
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("http://localhost:9000").subject(subject)
                .issuedAt(issued).expiresAt(now.plus(lifetime)).claim("unit", unit).claim("roles", List.of(roles))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    public String member(String memberId) {
        return mint(memberId, Duration.ofHours(1), "HDTDKT", "COUNCIL_MEMBER");
    }

    /** The beans: import into a live (random port) test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }

        @Bean
        LiveTokens liveTokens() {
            return create();
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
