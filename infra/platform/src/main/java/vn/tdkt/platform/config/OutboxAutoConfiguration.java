package vn.tdkt.platform.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockProvider;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platform.outbox.KafkaEventPublisher;
import vn.tdkt.platform.outbox.MongoOutboxStore;
import vn.tdkt.platform.outbox.OutboxKickOnSave;
import vn.tdkt.platform.outbox.OutboxPoller;
import vn.tdkt.platform.outbox.OutboxProperties;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.outbox.OutboxRelay;

/**
 * The embedded outbox: the recorder every service uses to put events on its aggregate documents, and, where the
 * service names its topic ({@code tdkt.outbox.topic}), the relay that sends them to Kafka (kicked after each save
 * and polled).
 */
@AutoConfiguration(after = CoreAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxRecorder outboxRecorder(Clock clock) {
        return new OutboxRecorder(clock);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    KafkaEventPublisher outboxEventPublisher(OutboxProperties properties,
            @Value("${tdkt.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.application.name:tdkt}") String applicationName) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Bounded waits: while the broker is down a relay round fails fast and the events stay pending.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaEventPublisher(config, properties.topic(), properties.source());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxRelay outboxRelay(OutboxProperties properties, MongoTemplate mongo, KafkaEventPublisher publisher,
            LockProvider lockProvider, Clock clock,
            @Value("${tdkt.outbox.fault.halt-after-acks:0}") long haltAfterAcks) {
        OutboxRelay relay = new OutboxRelay(new MongoOutboxStore(mongo, properties.collections()), publisher,
                lockProvider, clock, properties.batchSize(), properties.lockAtMostFor(), properties.lockIdleRelease(),
                properties.enabled());
        // fault-injection seam of the fault suite (F3); off unless the property is set
        relay.haltAfterAcknowledged(haltAfterAcks);
        return relay;
    }

    @Bean
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxKickOnSave outboxKickOnSave(OutboxRelay relay, OutboxRecorder recorder) {
        // inserts announce themselves with Spring Data's save event; updates (AggregateStore) through the recorder
        recorder.afterWrite(relay::kick);
        return new OutboxKickOnSave(relay);
    }

    @Bean
    @ConditionalOnProperty(prefix = "tdkt.outbox", name = "topic")
    OutboxPoller outboxPoller(OutboxRelay relay) {
        return new OutboxPoller(relay);
    }
}
