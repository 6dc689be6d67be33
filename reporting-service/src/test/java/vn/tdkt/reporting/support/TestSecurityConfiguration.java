package vn.tdkt.reporting.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real JWT signing for tests that go through HTTP: a locally generated RSA key, a decoder for it (so the
 * platform's default issuer-uri, http://localhost:9000, is never contacted) and an encoder that mints tokens
 * shaped like the authorization server's (tokens are checked against the real time, not the test clock).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

    private static final KeyPair KEYS = generate();

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    @Bean
    JwtEncoder testJwtEncoder() {
        return encoder(KEYS);
    }

    @Bean
    Tokens tokens(JwtEncoder testJwtEncoder) {
        return new Tokens(testJwtEncoder);
    }

    /** An encoder with a key the service does not trust, for "forged token" cases. */
    public static Tokens foreignTokens() {
        return new Tokens(encoder(generate()));
    }

    static JwtEncoder encoder(KeyPair keys) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test-key")
                .build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
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
