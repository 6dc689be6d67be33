package vn.tdkt.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The producer is made on the first send, once: a relay that never sends never dials a broker. */
class KafkaEventPublisherTest {

    private final AtomicInteger made = new AtomicInteger();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final KafkaEventPublisher publisher = new KafkaEventPublisher(this::make, "tdkt.test.events", "/tdkt/test");

    @Test
    void flushing_and_closing_without_a_send_make_no_producer() {
        publisher.flush();
        publisher.close();

        assertThat(made).hasValue(0);
    }

    @Test
    void the_first_send_makes_the_producer_and_later_sends_reuse_it() {
        OutboxEntry entry = new OutboxEntry("e-1", "tdkt.test.happened.v1", "a-1", 1, Instant.EPOCH, null, "{}");

        publisher.sendAll(List.of(entry)).forEach(result -> assertThat(result).isCompleted());
        publisher.flush();
        publisher.sendAll(List.of(entry));
        publisher.close();

        assertThat(made).hasValue(1);
        assertThat(producer.history()).hasSize(2)
                .allSatisfy(sent -> assertThat(sent.key()).isEqualTo("a-1"));
        assertThat(producer.closed()).isTrue();
    }

    private Producer<String, byte[]> make() {
        made.incrementAndGet();
        return producer;
    }
}
