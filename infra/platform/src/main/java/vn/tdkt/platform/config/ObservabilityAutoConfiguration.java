package vn.tdkt.platform.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platform.health.MongoPingHealthIndicator;
import vn.tdkt.platform.messaging.KafkaLagGaugePrimer;
import vn.tdkt.platform.outbox.OutboxRelay;

/**
 * Health and metrics the platform adds: MongoDB readiness by ping, the outbox backlog gauges, and the Kafka binder's
 * lag gauge computed once at start so a stop cannot deadlock with it.
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
public class ObservabilityAutoConfiguration {

    /** Contributor "mongoPing"; Boot's own Mongo indicator is switched off in the defaults, see {@link MongoPingHealthIndicator}. */
    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    MeterBinder outboxMetrics(OutboxRelay relay) {
        return registry -> {
            Gauge.builder("tdkt.outbox.backlog", relay, OutboxRelay::backlogEntries)
                    .description("Events written to aggregate outboxes and not yet acknowledged by Kafka")
                    .register(registry);
            Gauge.builder("tdkt.outbox.oldest.age", relay, OutboxRelay::oldestPendingAgeSeconds)
                    .description("Age in seconds of the oldest pending outbox event").baseUnit("seconds")
                    .register(registry);
            Gauge.builder("tdkt.outbox.sent", relay, OutboxRelay::sentTotal)
                    .description("Events relayed since start").register(registry);
        };
    }

    /** Every service: the binder's lag gauge would otherwise hang a stop that meets its first computation. */
    @Bean
    KafkaLagGaugePrimer kafkaLagGaugePrimer(ObjectProvider<MeterRegistry> registries) {
        return new KafkaLagGaugePrimer(registries);
    }
}
