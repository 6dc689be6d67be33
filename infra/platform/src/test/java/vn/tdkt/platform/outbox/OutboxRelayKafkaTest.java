package vn.tdkt.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.platform.support.KafkaTestSupport.header;
import static vn.tdkt.platform.support.KafkaTestSupport.readAll;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/**
 * The embedded outbox against a real Kafka broker (KRaft) and the MongoDB-wire server: order per aggregate,
 * re-send after a crash between send and removal, and no loss while the broker is down.
 */
class OutboxRelayKafkaTest {

    private static final String TOPIC = "tdkt.test.events";

    private static EmbeddedKafkaKraftBroker broker;

    private MongoTemplate mongo;
    private final Clock clock = Clock.systemUTC();

    @Document("test_aggregates")
    static class TestAggregate extends AggregateDocument<String> {
    }

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = SharedMongoServer.freshDatabase("outbox");
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    @Test
    void relays_every_event_keyed_by_aggregate_and_in_order_per_aggregate() {
        Map<String, Integer> eventsPerAggregate = new LinkedHashMap<>();
        for (int a = 0; a < 5; a++) {
            String id = save(aggregateWithEvents(20));
            eventsPerAggregate.put(id, 20);
        }
        String topic = newTopic();

        try (KafkaEventPublisher publisher = publisher(broker.getBrokersAsString(), topic)) {
            OutboxRelay relay = relay(new MongoOutboxStore(mongo, List.of("test_aggregates")), publisher);
            relay.relayWithLock();
        }

        List<ConsumerRecord<String, byte[]>> records = readAll(broker.getBrokersAsString(), topic, 100, Duration.ofSeconds(30));
        assertThat(records).hasSize(100);
        Map<String, List<Long>> sequencesByKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(record.key());
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("tdkt.plan.task-due.v1");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            sequencesByKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(Long.parseLong(header(record, CloudEventHeaders.SEQUENCE)));
        }
        assertThat(sequencesByKey).containsOnlyKeys(eventsPerAggregate.keySet());
        sequencesByKey.values().forEach(sequences -> assertThat(sequences).isSorted().hasSize(20));
        assertThat(pendingEntries()).isZero();
    }

    @Test
    void a_crash_between_send_and_removal_resends_and_loses_nothing() {
        String id = save(aggregateWithEvents(3));
        String topic = newTopic();
        MongoOutboxStore realStore = new MongoOutboxStore(mongo, List.of("test_aggregates"));
        AtomicBoolean crashOnRemove = new AtomicBoolean(true);
        OutboxStore crashingStore = new OutboxStore() {
            @Override
            public List<PendingAggregate> findPending(int limit, java.util.Set<String> collections) {
                return realStore.findPending(limit, collections);
            }

            @Override
            public void removeSent(List<Sent> sent) {
                if (crashOnRemove.getAndSet(false)) {
                    throw new IllegalStateException("simulated crash after send, before $pull");
                }
                realStore.removeSent(sent);
            }

            @Override
            public Backlog backlog() {
                return realStore.backlog();
            }
        };

        try (KafkaEventPublisher publisher = publisher(broker.getBrokersAsString(), topic)) {
            OutboxRelay relay = relay(crashingStore, publisher);
            assertThatThrownBy(relay::relayOnce).hasMessageContaining("simulated crash");
            assertThat(pendingEntries()).as("nothing removed by the crashed round").isEqualTo(3);

            relay.relayOnce();
        }

        List<ConsumerRecord<String, byte[]>> records = readAll(broker.getBrokersAsString(), topic, 6, Duration.ofSeconds(30));
        assertThat(records).hasSize(6).allSatisfy(record -> assertThat(record.key()).isEqualTo(id));
        assertThat(records.stream().map(r -> header(r, CloudEventHeaders.ID)).distinct()).hasSize(3);
        assertThat(pendingEntries()).isZero();
    }

    @Test
    void with_the_broker_down_events_stay_pending_and_all_arrive_after_it_returns() throws Exception {
        int port = vn.tdkt.platform.support.KafkaTestSupport.freePort();
        for (int i = 0; i < 3; i++) {
            save(aggregateWithEvents(4));
        }
        String topic = newTopic();
        int brokerPort = Integer.parseInt(broker.getBrokersAsString().replaceAll(".*:", ""));

        try (KafkaEventPublisher publisher = impatientPublisher("localhost:" + port, topic);
                vn.tdkt.platform.support.TcpForwarder brokerAddress =
                        new vn.tdkt.platform.support.TcpForwarder(port, "localhost", brokerPort)) {
            OutboxRelay relay = relay(new MongoOutboxStore(mongo, List.of("test_aggregates")), publisher);

            assertThat(relay.relayOnce()).as("nothing acknowledged while the broker is unreachable").isZero();
            relay.updateBacklogMetrics();
            assertThat(relay.backlogEntries()).isEqualTo(12);
            assertThat(pendingEntries()).isEqualTo(12);

            brokerAddress.open();
            int sent = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pendingEntries() > 0 && System.nanoTime() < deadline) {
                sent += relay.relayOnce();
            }
            assertThat(sent).isEqualTo(12);
            relay.updateBacklogMetrics();
            assertThat(relay.backlogEntries()).isZero();
        }
        List<ConsumerRecord<String, byte[]>> records = readAll(broker.getBrokersAsString(), topic, 12, Duration.ofSeconds(30));
        assertThat(records.stream().map(r -> header(r, CloudEventHeaders.ID)).distinct()).hasSize(12);
    }

    @Test
    void an_event_appended_between_read_and_removal_stays_pending_with_its_flag() {
        String id = save(aggregateWithEvents(2));
        String topic = newTopic();
        MongoOutboxStore realStore = new MongoOutboxStore(mongo, List.of("test_aggregates"));
        OutboxStore racingStore = new OutboxStore() {
            @Override
            public List<PendingAggregate> findPending(int limit, java.util.Set<String> collections) {
                List<PendingAggregate> found = realStore.findPending(limit, collections);
                TestAggregate meanwhile = mongo.findById(id, TestAggregate.class);
                new OutboxRecorder(clock).record(meanwhile, aggregateWithEvents(1).getOutbox().stream()
                        .map(entry -> new DomainEvent(EventTypes.TASK_DUE, id, new TaskDue(new TaskRef(id, "plan-1",
                                null, "Thêm", "SNV", List.of()), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 24),
                                7, 7)))
                        .toList());
                mongo.save(meanwhile);
                return found;
            }

            @Override
            public void removeSent(List<Sent> sent) {
                realStore.removeSent(sent);
            }

            @Override
            public Backlog backlog() {
                return realStore.backlog();
            }
        };

        try (KafkaEventPublisher publisher = publisher(broker.getBrokersAsString(), topic)) {
            assertThat(relay(racingStore, publisher).relayOnce()).isEqualTo(2);
        }

        TestAggregate after = mongo.findById(id, TestAggregate.class);
        assertThat(after.getOutbox()).extracting(OutboxEntry::sequence).containsExactly(3L);
        assertThat(after.isOutboxPending()).isTrue();
    }

    @Test
    void a_busy_relay_keeps_its_lock_across_rounds_and_gives_it_back_when_idle() throws Exception {
        String topic = newTopic();
        MongoLockProvider locks = new MongoLockProvider(mongo.getDb());
        try (KafkaEventPublisher publisher = publisher(broker.getBrokersAsString(), topic);
                OutboxRelay first = new OutboxRelay(new MongoOutboxStore(mongo, List.of("test_aggregates")), publisher,
                        locks, clock, 50, Duration.ofMinutes(1), Duration.ofMillis(300), true);
                OutboxRelay second = new OutboxRelay(new MongoOutboxStore(mongo, List.of("test_aggregates")),
                        publisher, locks, clock, 50, Duration.ofMinutes(1), Duration.ofMillis(300), true)) {
            for (int round = 0; round < 5; round++) {
                save(aggregateWithEvents(2));
                first.relayWithLock();
            }
            assertThat(first.lockAcquisitions()).as("one lock for five busy rounds").isEqualTo(1);
            assertThat(pendingEntries()).isZero();

            save(aggregateWithEvents(2));
            second.relayWithLock();
            assertThat(pendingEntries()).as("the other instance cannot relay while the lock is held").isEqualTo(2);

            Thread.sleep(400);
            first.kick(); // a round with nothing new to send, then the idle lock is given back
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (pendingEntries() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(pendingEntries()).as("sent by the first relay's kicked round").isZero();
            deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            save(aggregateWithEvents(2));
            while (second.lockAcquisitions() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(400);
                first.kick();
                Thread.sleep(100);
                second.relayWithLock();
            }
            assertThat(second.lockAcquisitions()).as("the idle lock went back and the other instance took it")
                    .isEqualTo(1);
        }
        assertThat(pendingEntries()).isZero();
    }

    private OutboxRelay relay(OutboxStore store, KafkaEventPublisher publisher) {
        return new OutboxRelay(store, publisher, new MongoLockProvider(mongo.getDb()),
                clock, 50, Duration.ofMinutes(1), Duration.ofSeconds(2), true);
    }

    /**
     * A publisher that waits longer than the services' own (15 s per send): on a starved machine a short delivery
     * timeout expires batches the broker did write, the relay sends them again, and a test of the happy path would
     * count those at-least-once duplicates.
     */
    private static KafkaEventPublisher publisher(String bootstrap, String topic) {
        return publisher(bootstrap, topic, 30_000);
    }

    /** A publisher that gives up within seconds: for the tests of a broker that does not answer. */
    private static KafkaEventPublisher impatientPublisher(String bootstrap, String topic) {
        return publisher(bootstrap, topic, 2_000);
    }

    private static KafkaEventPublisher publisher(String bootstrap, String topic, int requestTimeoutMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeoutMs);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2 * requestTimeoutMs);
        return new KafkaEventPublisher(config, topic, "/tdkt/test");
    }

    private String newTopic() {
        String topic = "tdkt.test." + UUID.randomUUID().toString().substring(0, 8);
        broker.addTopics(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1));
        return topic;
    }

    private TestAggregate aggregateWithEvents(int count) {
        TestAggregate aggregate = new TestAggregate();
        String id = UUID.randomUUID().toString();
        aggregate.hold(id, "test");
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new DomainEvent(EventTypes.TASK_DUE, id, new TaskDue(new TaskRef(id, "plan-1", "01/KH-UBND",
                    "Nội dung " + i, "SNV", List.of()), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 23), 7, 7)));
        }
        new OutboxRecorder(clock).record(aggregate, events);
        return aggregate;
    }

    private String save(TestAggregate aggregate) {
        mongo.save(aggregate);
        return aggregate.getId();
    }

    private long pendingEntries() {
        return new MongoOutboxStore(mongo, List.of("test_aggregates")).backlog().entries();
    }
}
