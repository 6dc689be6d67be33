package vn.tdkt.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed delivery round is tried again: {@code first}, then growing by {@code multiplier} up to {@code max};
 * after {@code maxRounds} failed rounds the delivery is given up (FAILED; replay sends it again). The quick retries
 * inside one round are Resilience4j's.
 */
public record RetrySchedule(Duration first, double multiplier, Duration max, int maxRounds) {

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (multiplier < 1 || maxRounds < 1) {
            throw new IllegalArgumentException("multiplier >= 1 and maxRounds >= 1");
        }
    }

    /** The next attempt after {@code failedRounds} failed rounds, or null when the delivery is given up. */
    public Instant next(int failedRounds, Instant now) {
        if (failedRounds >= maxRounds) {
            return null;
        }
        double seconds = first.toMillis() / 1000.0 * Math.pow(multiplier, Math.max(0, failedRounds - 1));
        long millis = (long) Math.min(max.toMillis(), seconds * 1000);
        return now.plusMillis(millis);
    }
}
