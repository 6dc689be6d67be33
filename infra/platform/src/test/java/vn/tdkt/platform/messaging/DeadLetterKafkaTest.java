package vn.tdkt.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.platform.support.KafkaTestSupport;

/**
 * Stream conventions on a real broker through the Spring Cloud Stream Kafka binder: a poison record goes to
 * {@code <topic>.<group>.dlq} without retries and does not block the records behind it on its partition; a
 * transient failure is retried and then succeeds.
 */
@SpringBootTest(classes = DeadLetterKafkaTest.TestApp.class, properties = {
        "spring.application.name=dlq-test",
        "spring.cloud.function.definition=testEvents",
        "spring.cloud.stream.bindings.testEvents-in-0.destination=" + DeadLetterKafkaTest.TOPIC,
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "tdkt.outbox.enabled=false"})
class DeadLetterKafkaTest {

    static final String TOPIC = "tdkt.dlqtest.events";
    static final String DLQ = TOPIC + ".dlq-test.dlq";
    private static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    @Autowired
    TestApp app;

    private static EmbeddedKafkaKraftBroker startBroker() {
        // three partitions like the platform's topics, and a one-partition dead-letter topic like the local stack's:
        // a poison record from partition 2 must still land there
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
        broker.addTopics(new org.apache.kafka.clients.admin.NewTopic(DLQ, 1, (short) 1));
        return broker;
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("tdkt.kafka.bootstrap-servers", BROKER::getBrokersAsString);
    }

    @AfterAll
    static void stop() {
        BROKER.destroy();
    }

    @SpringBootApplication
    static class TestApp {
        final List<String> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger transientAttempts = new AtomicInteger();

        @Bean
        Consumer<Message<byte[]>> testEvents(InboundEventReader reader) {
            return EventRouter.builder(reader)
                    .<TaskDue>on(EventTypes.TASK_DUE, event -> {
                        if (event.payload().task().content().equals("transient")
                                && transientAttempts.incrementAndGet() < 3) {
                            throw new IllegalStateException("temporary failure");
                        }
                        handled.add(event.payload().task().content());
                    })
                    .build();
        }
    }

    @Test
    void poison_records_go_to_the_dead_letter_topic_and_do_not_block_the_partition() throws Exception {
        String good = json("good-1");
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, good);
            send(producer, "");                                   // no payload
            send(producer, "{not json");                          // unparseable
            send(producer, "{\"taskId\":\"t-1\"}");               // breaks the contract (required fields)
            send(producer, json("transient"));                    // fails twice, then succeeds
            send(producer, json("good-2"));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(app.handled).containsExactly("good-1", "transient", "good-2"));
        List<ConsumerRecord<String, byte[]>> dead =
                KafkaTestSupport.readAll(BROKER.getBrokersAsString(), DLQ, 3, Duration.ofSeconds(30));
        assertThat(dead).hasSize(3);
        assertThat(dead).extracting(r -> r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("", "{not json", "{\"taskId\":\"t-1\"}");
        assertThat(app.transientAttempts).hasValue(3);
    }

    private static String json(String content) {
        return "{\"taskId\":\"t-1\",\"planId\":\"p-1\",\"content\":\"" + content + "\",\"leadUnit\":\"SNV\","
                + "\"coordinatingUnits\":[],\"dueDate\":\"2025-06-30\",\"reminderDate\":\"2025-06-23\","
                + "\"offsetDays\":7,\"daysLeft\":7}";
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String payload) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, EventTypes.TASK_DUE.type().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SUBJECT, "t-1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SEQUENCE, "1".getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(TOPIC, 2, "t-1", payload.getBytes(StandardCharsets.UTF_8), headers)).get();
    }
}
