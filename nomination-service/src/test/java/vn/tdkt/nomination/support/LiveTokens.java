package vn.tdkt.nomination.support;

import java.security.KeyPair;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.tdkt.platformtest.security.SignedTokens;

/**
 * Real signed access tokens for tests that go through a real HTTP server (the voting page in a browser), signed with
 * the key the live test context trusts ({@link Configuration}); see {@link SignedTokens}.
 */
public class LiveTokens {

    private static final KeyPair KEYS = SignedTokens.newKeyPair();

    private final SignedTokens tokens;

    LiveTokens(SignedTokens tokens) {
        this.tokens = tokens;
    }

    /** Tokens signed with the key the live test context trusts (for a fake issuer outside the context). */
    public static LiveTokens create() {
        return new LiveTokens(SignedTokens.signedWith(KEYS));
    }

    /** A token of {@code subject} (a council member's id) valid for {@code lifetime} (negative: expired). */
    public String mint(String subject, Duration lifetime, String unit, String... roles) {
        return tokens.mint(subject, lifetime, unit, roles);
    }

    public String member(String memberId) {
        return mint(memberId, Duration.ofHours(1), "HDTDKT", "COUNCIL_MEMBER");
    }

    /** The beans: import into a live (random port) test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        JwtDecoder jwtDecoder() {
            return SignedTokens.decoderFor(KEYS);
        }

        @Bean
        LiveTokens liveTokens() {
            return create();
        }
    }
}
