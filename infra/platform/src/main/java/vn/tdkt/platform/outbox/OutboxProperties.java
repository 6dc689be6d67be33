package vn.tdkt.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic       the service's own topic; every event it owns goes there
 * @param source      CloudEvents {@code source} attribute, e.g. {@code /tdkt/plan-service}
 * @param collections the collections whose documents carry an {@code outbox} array
 * @param batchSize   documents per relay round
 * @param lockIdleRelease how long the relay keeps its lock without anything to send before giving it back
 */
@ConfigurationProperties("tdkt.outbox")
public record OutboxProperties(
        String topic,
        String source,
        List<String> collections,
        Integer batchSize,
        Duration pollInterval,
        Duration lockAtMostFor,
        Duration lockIdleRelease,
        boolean enabled) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        batchSize = batchSize == null ? 200 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lockAtMostFor = lockAtMostFor == null ? Duration.ofMinutes(1) : lockAtMostFor;
        lockIdleRelease = lockIdleRelease == null ? Duration.ofSeconds(2) : lockIdleRelease;
    }
}
