package vn.tdkt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-06T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Verifies tokens named "good-<expiry minutes>" and refuses every other. */
    private final JwtDecoder verifier = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        Instant expiry = now.plus(Duration.ofMinutes(Long.parseLong(token.substring(5))));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("snv-user").issuedAt(now).expiresAt(expiry)
                .build();
    };

    @Test
    void a_verified_token_is_checked_once_while_it_is_valid() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock, Duration.ofMinutes(5), 100);

        for (int i = 0; i < 50; i++) {
            assertThat(decoder.decode("good-60").getSubject()).isEqualTo("snv-user");
        }

        assertThat(checks).hasValue(1);
    }

    @Test
    void an_entry_is_checked_again_after_max_age_or_after_the_token_expires() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock, Duration.ofMinutes(5), 100);
        decoder.decode("good-60");
        now = now.plus(Duration.ofMinutes(6));
        decoder.decode("good-60");
        assertThat(checks).as("re-checked after max age").hasValue(2);

        decoder.decode("good-1");
        now = now.plus(Duration.ofSeconds(61));
        decoder.decode("good-1");
        assertThat(checks).as("re-checked once expired (the verifier decides)").hasValue(4);
    }

    @Test
    void failures_are_never_cached_and_the_cache_stays_bounded() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, clock, Duration.ofMinutes(5), 10);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);

        for (int i = 0; i < 25; i++) {
            decoder.decode("good-" + (60 + i));
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(10);
    }
}
