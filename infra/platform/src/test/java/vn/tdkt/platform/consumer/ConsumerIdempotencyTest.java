package vn.tdkt.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

class ConsumerIdempotencyTest {

    private static MongoClient client;
    private MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedMongoServer.uri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "idem-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void the_same_event_delivered_twice_has_one_effect() {
        IdempotentConsumer consumer = new IdempotentConsumer(store(), "notification-service");
        AtomicInteger emails = new AtomicInteger();

        boolean first = consumer.runOnce("event-1", () -> { emails.incrementAndGet(); });
        boolean second = consumer.runOnce("event-1", () -> { emails.incrementAndGet(); });

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(emails).hasValue(1);
    }

    @Test
    void another_group_still_processes_the_event() {
        ProcessedEventStore store = store();
        AtomicInteger effects = new AtomicInteger();

        new IdempotentConsumer(store, "notification-service").runOnce("event-1", effects::incrementAndGet);
        new IdempotentConsumer(store, "reporting-service").runOnce("event-1", effects::incrementAndGet);

        assertThat(effects).hasValue(2);
    }

    @Test
    void a_failed_effect_releases_the_claim_so_a_retry_can_run_it() {
        IdempotentConsumer consumer = new IdempotentConsumer(store(), "notification-service");
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> consumer.runOnce("event-1", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("SMTP down");
        })).isInstanceOf(IllegalStateException.class);
        boolean retried = consumer.runOnce("event-1", () -> { attempts.incrementAndGet(); });

        assertThat(retried).isTrue();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void high_water_mark_accepts_only_newer_sequences_per_aggregate() {
        SequenceHighWaterMark mark = new SequenceHighWaterMark(mongo, "reporting-service");

        assertThat(mark.advance("task-1", 1)).isTrue();
        assertThat(mark.advance("task-1", 1)).as("redelivery").isFalse();
        assertThat(mark.advance("task-1", 3)).isTrue();
        assertThat(mark.advance("task-1", 2)).as("stale re-send after a newer event").isFalse();
        assertThat(mark.advance("task-2", 1)).as("other aggregate").isTrue();
        assertThat(mark.current("task-1")).isEqualTo(3);
    }

    private ProcessedEventStore store() {
        return new ProcessedEventStore(mongo, Clock.systemUTC(), Duration.ofDays(30));
    }
}
