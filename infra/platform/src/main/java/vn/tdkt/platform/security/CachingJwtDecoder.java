package vn.tdkt.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import lombok.RequiredArgsConstructor;

/**
 * Remembers tokens it has already verified until they expire, so a department system that sends the same token
 * with every request pays the RSA signature check once, not on every call (it was a third of a service's CPU
 * under load). The cache holds only tokens that passed the full check (signature, issuer, expiry); an entry is
 * used only while the token is still valid and at most {@code maxAge} after its check, and the cache is bounded.
 * Failures are never cached.
 */
@RequiredArgsConstructor
public class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Duration maxAge;
    private final int maxEntries;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Jwt jwt, Instant usableUntil) {
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified hit = verified.get(token);
        if (hit != null && now.isBefore(hit.usableUntil())) {
            return hit.jwt();
        }
        Jwt jwt = delegate.decode(token);
        Instant until = now.plus(maxAge);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (verified.size() >= maxEntries) {
            evictExpired(now);
        }
        if (verified.size() < maxEntries) {
            verified.put(token, new Verified(jwt, until));
        }
        return jwt;
    }

    private void evictExpired(Instant now) {
        for (Iterator<Verified> entries = verified.values().iterator(); entries.hasNext(); ) {
            if (!now.isBefore(entries.next().usableUntil())) {
                entries.remove();
            }
        }
        if (verified.size() >= maxEntries) {
            verified.clear(); // a flood of distinct tokens: start again rather than grow without bound
        }
    }

    int size() {
        return verified.size();
    }
}
