package vn.tdkt.nomination.ratelimit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.AntPathMatcher;
import vn.tdkt.nomination.ratelimit.persistence.RateCounterStore;
import lombok.RequiredArgsConstructor;

/**
 * Fixed-window counting per rule and client address, in MongoDB so that every instance of the service shares the
 * count (an in-memory bucket per instance would multiply the limit by the number of instances behind the load
 * balancer). One atomic upsert with {@code $inc} per request; the window's counter expires with it.
 */
@Service
@EnableConfigurationProperties(RateLimitProperties.class)
@RequiredArgsConstructor
public class RateLimiter {

    private final RateLimitProperties properties;
    private final RateCounterStore counters;
    private final Clock clock;
    private final AntPathMatcher paths = new AntPathMatcher();

    /** What a refused request is told: the rule's limit and window, and when to try again. */
    public record Refusal(RateLimitProperties.Rule rule, long retryAfterSeconds) {
    }

    /** The first rule guarding this request, if any. */
    public Optional<RateLimitProperties.Rule> ruleFor(String method, String path) {
        return properties.rateLimits().stream()
                .filter(r -> r.methods().isEmpty() || r.methods().contains(method))
                .filter(r -> r.paths().stream().anyMatch(p -> paths.match(p, path)))
                .findFirst();
    }

    /** Counts the request; a refusal when the client has used up the rule's limit in the current window. */
    public Optional<Refusal> count(RateLimitProperties.Rule rule, String client) {
        Instant now = clock.instant();
        long windowMillis = rule.window().toMillis();
        long start = now.toEpochMilli() / windowMillis * windowMillis;
        Instant windowEnd = Instant.ofEpochMilli(start + windowMillis);
        long used = counters.increment(rule.name() + "|" + client + "|" + start, windowEnd);
        if (used <= rule.limit()) {
            return Optional.empty();
        }
        long retryAfter = Math.max(1, (windowEnd.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
        return Optional.of(new Refusal(rule, retryAfter));
    }
}
