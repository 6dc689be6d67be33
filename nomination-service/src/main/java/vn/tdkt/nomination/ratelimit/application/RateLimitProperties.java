package vn.tdkt.nomination.ratelimit.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the service's public endpoints (no token), per client address ({@code tdkt.nomination.rate-limits}):
 * each rule names the paths (Ant patterns) and methods it guards, how many requests one address may make in a window,
 * and the window. A request counts against the first rule that matches it.
 */
@ConfigurationProperties("tdkt.nomination")
public record RateLimitProperties(List<Rule> rateLimits) {

    public RateLimitProperties {
        rateLimits = rateLimits == null ? List.of() : List.copyOf(rateLimits);
    }

    /**
     * @param methods HTTP methods guarded; empty: all
     */
    public record Rule(String name, List<String> paths, List<String> methods, int limit, Duration window) {

        public Rule {
            if (name == null || name.isBlank() || paths == null || paths.isEmpty() || limit < 1 || window == null
                    || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("rate limit " + name + " needs paths, a limit ≥ 1 and a window");
            }
            methods = methods == null ? List.of() : methods.stream().map(m -> m.toUpperCase(java.util.Locale.ROOT))
                    .toList();
        }
    }
}
