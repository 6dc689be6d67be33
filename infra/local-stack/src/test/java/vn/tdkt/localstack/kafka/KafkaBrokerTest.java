package vn.tdkt.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    private KafkaBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void keepsRecordsAndPortAcrossARestart() throws Exception {
        // given a broker on a free port with the platform's topics
        broker = new KafkaBroker(dataDir, 0);
        broker.start();
        broker.createCatalogTopics();
        broker.createCatalogTopics(); // idempotent
        assertThat(topicNames()).containsAll(TopicCatalog.EVENT_TOPICS).containsAll(TopicCatalog.dlqTopics());

        // when a record is produced and the broker restarts
        String key = UUID.randomUUID().toString();
        produce("tdkt.plan.events", key, "plan-published");
        assertThat(consumeAll("tdkt.plan.events")).containsExactly(key + "=plan-published");
        int port = broker.port();
        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        // then the same port serves the same data
        assertThat(broker.port()).isEqualTo(port);
        assertThat(consumeAll("tdkt.plan.events")).containsExactly(key + "=plan-published");
    }

    @Test
    void keepsAcknowledgedRecordsAcrossAKill() throws Exception {
        broker = new KafkaBroker(dataDir, 0);
        broker.start();
        broker.createCatalogTopics();
        String key = UUID.randomUUID().toString();
        produce("tdkt.nomination.events", key, "dossier-submitted");
        long pid = broker.pid();

        broker.kill();
        assertThat(broker.isRunning()).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        broker.start();

        assertThat(consumeAll("tdkt.nomination.events")).containsExactly(key + "=dossier-submitted");
    }

    @Test
    void givesATopicCreatedWithFewerPartitionsTheCatalogsCount() throws Exception {
        broker = new KafkaBroker(dataDir, 0);
        broker.start();
        broker.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic("tdkt.plan.events", 3, (short) 1)));

        broker.createCatalogTopics();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of("tdkt.plan.events")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("tdkt.plan.events").partitions()).hasSize(TopicCatalog.EVENT_TOPIC_PARTITIONS);
        }
    }

    private List<String> topicNames() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            return new ArrayList<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
    }

    private void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from the beginning with a fresh group until one record arrives (or 30 s pass). */
    private List<String> consumeAll(String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.key() + "=" + record.value());
                }
            }
        }
        return values;
    }
}
