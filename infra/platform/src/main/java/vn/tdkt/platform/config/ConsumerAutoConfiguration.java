package vn.tdkt.platform.config;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platform.consumer.IdempotentConsumer;
import vn.tdkt.platform.consumer.ProcessedEventStore;
import vn.tdkt.platform.messaging.InboundEventReader;

/**
 * Consuming safely: the reader that turns a Kafka record into a checked {@code InboundEvent} (or a poison
 * record for the dead-letter topic), and the processed-events store behind side effects that must run once.
 */
@AutoConfiguration(after = CoreAutoConfiguration.class)
public class ConsumerAutoConfiguration {

    @Bean
    ProcessedEventStore processedEventStore(MongoTemplate mongo, Clock clock,
            @Value("${tdkt.consumer.processed-retention:P30D}") Duration retention) {
        return new ProcessedEventStore(mongo, clock, retention);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(ProcessedEventStore store,
            @Value("${spring.application.name:tdkt}") String group) {
        return new IdempotentConsumer(store, group);
    }

    @Bean
    InboundEventReader inboundEventReader(Validator validator) {
        return new InboundEventReader(validator);
    }
}
