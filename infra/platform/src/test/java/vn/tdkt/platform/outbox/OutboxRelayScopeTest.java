package vn.tdkt.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which collections a relay round reads: a save's kick reads the collection it wrote to, a poll reads them all. The
 * store here only records what it was asked (this test isolates the relay; {@code OutboxRelayKafkaTest} runs the
 * real store against the real broker).
 */
class OutboxRelayScopeTest {

    /** The collections each round asked for; {@code null} stands for "every collection". */
    private final List<Set<String>> rounds = Collections.synchronizedList(new ArrayList<>());

    private final OutboxStore recording = new OutboxStore() {
        @Override
        public List<PendingAggregate> findPending(int limit, Set<String> collections) {
            rounds.add(collections == null ? null : Set.copyOf(collections));
            return List.of();
        }

        @Override
        public void removeSent(List<Sent> sent) {
        }

        @Override
        public Backlog backlog() {
            return new Backlog(0, Optional.empty());
        }
    };

    private final EventPublisher publisher = new EventPublisher() {
        @Override
        public List<CompletableFuture<Void>> sendAll(List<OutboxEntry> entries) {
            return List.of();
        }

        @Override
        public void flush() {
        }
    };

    private final LockProvider alwaysFree = configuration -> Optional.of((SimpleLock) () -> { });

    private final OutboxRelay relay = new OutboxRelay(recording, publisher, alwaysFree, Clock.systemUTC(), 50,
            Duration.ofMinutes(1), Duration.ofSeconds(2), true);

    @AfterEach
    void close() {
        relay.close();
    }

    @Test
    void a_kick_after_a_save_reads_only_the_collection_saved_to() {
        relay.kick("dossiers");

        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !rounds.isEmpty());
        assertThat(rounds).containsExactly(Set.of("dossiers"));
    }

    @Test
    void a_poll_reads_every_collection() {
        relay.kick();

        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !rounds.isEmpty());
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0)).isNull();
    }

    @Test
    void kicks_of_two_collections_are_both_served_and_never_widen_to_every_collection() {
        for (int i = 0; i < 200; i++) {
            relay.kick(i % 2 == 0 ? "dossiers" : "decisions");
        }

        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> {
            synchronized (rounds) {
                return rounds.stream().anyMatch(scope -> scope.contains("dossiers"))
                        && rounds.stream().anyMatch(scope -> scope.contains("decisions"));
            }
        });
        // rounds were coalesced or not, depending on timing; none of them read every collection
        assertThat(rounds).doesNotContainNull();
    }
}
