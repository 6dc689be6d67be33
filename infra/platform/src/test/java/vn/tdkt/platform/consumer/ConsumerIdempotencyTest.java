package vn.tdkt.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

class ConsumerIdempotencyTest {

    private MongoTemplate mongo;


    @BeforeEach
    void freshDatabase() {
        mongo = SharedMongoServer.freshDatabase("idem");
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
    void the_duplicate_check_reads_one_entry_however_long_the_history() {
        ProcessedEventStore store = store();
        double small = entriesReadPerCheck(store, 10);
        double large = entriesReadPerCheck(store, 50_000);

        assertThat(small).as("entries read per check with 10 processed events").isLessThanOrEqualTo(1.0);
        assertThat(large).as("entries read per check with 50 000 processed events").isEqualTo(small);
    }

    @Test
    void the_entry_count_sees_a_scan_so_the_check_above_could_fail() {
        entriesReadPerCheck(store(), 1_000);
        var statistics = SharedMongoServer.indexStatistics().orElseThrow();
        var before = statistics.snapshot();

        mongo.count(Query.query(Criteria.where("_id").is("reporting-service:seed-1")), ProcessedEventStore.COLLECTION);

        assertThat(statistics.snapshot().since(before).documentsScanned()).as("countDocuments scans").isEqualTo(1_000);
    }

    /** Seeds the history up to {@code size} entries, then checks 100 known and 100 unknown ids. */
    private double entriesReadPerCheck(ProcessedEventStore store, int size) {
        List<Document> seed = new ArrayList<>();
        long existing = mongo.getCollection(ProcessedEventStore.COLLECTION).estimatedDocumentCount();
        for (long i = existing; i < size; i++) {
            seed.add(new Document("_id", "reporting-service:seed-" + i).append("group", "reporting-service")
                    .append("eventId", "seed-" + i).append("processedAt", new Date()));
            if (seed.size() == 5_000) {
                mongo.getCollection(ProcessedEventStore.COLLECTION).insertMany(seed);
                seed.clear();
            }
        }
        if (!seed.isEmpty()) {
            mongo.getCollection(ProcessedEventStore.COLLECTION).insertMany(seed);
        }
        var statistics = SharedMongoServer.indexStatistics();
        Assumptions.assumeTrue(statistics.isPresent(), "entry counts come from the in-process wire server");
        var before = statistics.get().snapshot();
        for (int i = 0; i < 100; i++) {
            assertThat(store.isProcessed("reporting-service", "seed-" + (i % size))).isTrue();
            assertThat(store.isProcessed("reporting-service", "never-" + i)).isFalse();
        }
        var read = statistics.get().snapshot().since(before);
        return (double) (read.documentsScanned() + read.positionsRead()) / 200;
    }

    private ProcessedEventStore store() {
        return new ProcessedEventStore(mongo, Clock.systemUTC(), Duration.ofDays(30));
    }
}
