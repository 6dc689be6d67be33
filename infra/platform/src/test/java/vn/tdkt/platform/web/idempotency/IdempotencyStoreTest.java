package vn.tdkt.platform.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platformtest.mongo.SharedMongoServer;
import vn.tdkt.platformtest.time.MutableClock;

/** A key whose request died with its process (never completed, never abandoned) does not block its retries forever. */
class IdempotencyStoreTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 1));
    private IdempotencyStore store;


    @BeforeEach
    void freshDatabase() {
        MongoTemplate mongo = SharedMongoServer.freshDatabase("idem");
        store = new IdempotencyStore(mongo, clock, Duration.ofDays(2), Duration.ofSeconds(30));
    }

    @Test
    void a_running_request_keeps_its_key_and_an_abandoned_one_is_taken_over_by_one_retry() {
        assertThat(store.begin("k", "hash")).isTrue();

        clock.plus(Duration.ofSeconds(29));
        assertThat(store.takeOverAbandoned("k", "hash")).as("still within the timeout: in progress").isFalse();

        clock.plus(Duration.ofSeconds(2));
        assertThat(store.takeOverAbandoned("k", "other-body")).as("another body never takes it").isFalse();
        assertThat(store.takeOverAbandoned("k", "hash")).isTrue();
        assertThat(store.takeOverAbandoned("k", "hash")).as("a second retry at the same moment").isFalse();
    }

    @Test
    void a_completed_key_is_never_taken_over() {
        store.begin("k", "hash");
        store.complete("k", new IdempotencyStore.StoredResponse("hash", true, 201, "application/json", null, null,
                new byte[0]));

        clock.plus(Duration.ofMinutes(5));

        assertThat(store.takeOverAbandoned("k", "hash")).isFalse();
        assertThat(store.find("k")).get().extracting(IdempotencyStore.StoredResponse::status).isEqualTo(201);
    }
}
