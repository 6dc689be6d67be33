package vn.tdkt.reporting.support;

import java.security.KeyPair;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.tdkt.platformtest.security.SignedTokens;

/**
 * Real JWT signing for tests that go through HTTP: a locally generated key the service's decoder trusts (so the
 * platform's default issuer-uri, http://localhost:9000, is never contacted) and {@link Tokens} signed with it; see
 * {@link SignedTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

    private static final KeyPair KEYS = SignedTokens.newKeyPair();

    @Bean
    JwtDecoder jwtDecoder() {
        return SignedTokens.decoderFor(KEYS);
    }

    @Bean
    Tokens tokens() {
        return new Tokens(SignedTokens.signedWith(KEYS));
    }

    /** Tokens signed with a key the service does not trust, for "forged token" cases. */
    public static Tokens foreignTokens() {
        return new Tokens(SignedTokens.signedWith(SignedTokens.newKeyPair()));
    }
}
