package vn.tdkt.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import org.springframework.context.SmartLifecycle;
import lombok.RequiredArgsConstructor;

/**
 * Has the Kafka binder compute its consumer-lag gauge ({@value KafkaBinderMetrics#OFFSET_LAG_METRIC_NAME}) once
 * while the application starts, so that stopping the service can no longer deadlock with that gauge.
 *
 * <p>The binder's {@link KafkaBinderMetrics} (spring-cloud-stream-binder-kafka 5.0.2) builds the consumer factory it
 * reads offsets with on its first lag computation, on its scheduler thread one second after a binding is created:
 * under its lock, inside {@code ConcurrentHashMap.computeIfAbsent} of its per-group consumers. Its {@code close()},
 * which the binder context's stop calls, holds that lock while it waits for the scheduler (the lag interval, 60 s by
 * default), then clears that map, which waits for the {@code computeIfAbsent}. A stop that takes the lock just before
 * the first computation does therefore never returns, however short the interval: the computation waits for the
 * lock, the stop for the computation. Once the factory exists, computations no longer take the lock.
 *
 * <p>Each read of the gauge runs one computation on the binder's scheduler and waits for it (at most the binder's
 * 5 s). Reading them here, after the input bindings have registered the gauges (their lifecycle's phase is
 * {@code Integer.MAX_VALUE - 3000}) and while the context is still refreshing (a close waits for the refresh to
 * end), builds the factory before any stop can begin. Services keep the gauge; this needs the binder's default
 * {@code default-offset-lag-metrics-enabled=true}, under which a read computes.
 */
@RequiredArgsConstructor
public class KafkaLagGaugePrimer implements SmartLifecycle {

    /** After the input bindings ({@code InputBindingLifecycle}), before the binder contexts ({@code DEFAULT_PHASE}). */
    static final int PHASE = Integer.MAX_VALUE - 2000;

    /** Where the binder registered its gauges; none in a context without metrics. */
    private final ObjectProvider<MeterRegistry> registries;
    private volatile boolean running;

    @Override
    public void start() {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry != null) {
            // one read a group: it builds the group's consumer (and the binder's shared factory); each read may wait
            // the binder's 5 s while the broker is away, so a gauge per topic would add up at start
            Set<String> groups = new HashSet<>();
            registry.find(KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME).gauges().stream()
                    .filter(gauge -> groups.add(String.valueOf(gauge.getId().getTag("group"))))
                    .forEach(Gauge::value);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
