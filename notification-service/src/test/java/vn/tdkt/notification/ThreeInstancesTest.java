package vn.tdkt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.notification.webhook.domain.SubscriptionAudience;
import vn.tdkt.notification.support.WebhookReceiver;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.mongo.SharedMongoServer;
import vn.tdkt.platformtest.time.MutableClock;

/**
 * Exactly one effect per (event, recipient, channel) with three instances of the service on a real Kafka broker
 * (KRaft, in this JVM) sharing one database: every event is published twice (a producer retry, a redelivery), one
 * instance is stopped half-way and a fresh one started (a restart, a rebalance), and still each unit gets each
 * e-mail once and the webhook subscriber each delivery once; every delivery's notification-sent reaches the topic.
 */
class ThreeInstancesTest {

    static final String PLAN = "tdkt.plan.events";
    static final String NOTIFICATION = "tdkt.notification.events";
    static final int UNITS = 8;
    static final String HOOK = "/hooks/lgsp";

    static EmbeddedKafkaKraftBroker broker;
    static GreenMail smtp;
    static WebhookReceiver receiver;
    static final MutableClock CLOCK = new MutableClock(LocalDate.of(2025, 7, 1));
    static final String DATABASE = "three-" + UUID.randomUUID().toString().substring(0, 8);
    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() {
        CLOCK.set(LocalDateTime.of(2025, 7, 1, 9, 0));
        broker = new EmbeddedKafkaKraftBroker(1, 3, PLAN, "tdkt.nomination.events", "tdkt.reporting.events",
                NOTIFICATION);
        broker.afterPropertiesSet();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        receiver = new WebhookReceiver(CLOCK::instant);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        for (int i = 1; i <= 3; i++) {
            instances.add(startInstance(i));
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (producer != null) {
            producer.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    static ConfigurableApplicationContext startInstance(int number) {
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", CLOCK))
                // command-line arguments: they outrank the platform's lowest-precedence defaults
                .run(
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--spring.mongodb.uri=" + SharedMongoServer.uri(),
                        "--spring.mongodb.database=" + DATABASE,
                        "--tdkt.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--tdkt.notification.webhooks.allow-http=true",
                        "--tdkt.notification.webhooks.allowed-networks=127.0.0.0/8",
                        "--tdkt.notification.dispatch.interval=PT0.2S",
                        "--tdkt.notification.digest.enabled=false",
                        "--tdkt.notification.escalation.enabled=false",
                        "--spring.cloud.stream.kafka.binder.consumer-properties.client.id=notification-" + number);
    }

    @Test
    void threeInstancesSendEachEmailAndEachWebhookExactlyOnce() throws Exception {
        // given: a province-wide subscriber and the unit registry
        var created = instances.get(0).getBean(WebhookService.class).create(
                new TdktPrincipal("lgsp-admin", "SNV", Set.of(TdktRole.ADMIN)), "SNV",
                SubscriptionAudience.PROVINCE, receiver.url(HOOK), List.of("quarter-opened", "task-due"), "LGSP");
        receiver.expectSecret(HOOK, created.secret());
        List<String> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String unit = "TI" + i + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
            units.add(unit);
            publish(EventTypes.UNIT_REGISTERED, unit, 1, UUID.randomUUID().toString(), """
                    {"unitCode":"%s","name":"Đơn vị %s","nameKey":"don vi","kind":"DEPARTMENT","aliases":[],
                     "parentCode":"UBND","email":"tdkt@%s.vn"}""".formatted(unit, unit, unit.toLowerCase()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> units.stream().allMatch(this::known));

        // when: each unit's quarter digest and a task reminder, each published twice; an instance restarts half-way
        for (int i = 0; i < UNITS; i++) {
            String unit = units.get(i);
            String digest = UUID.randomUUID().toString();
            String due = UUID.randomUUID().toString();
            String digestJson = ContractSchemas.fixture(EventTypes.QUARTER_OPENED)
                    .replace("\"unitCode\": \"SNV\"", "\"unitCode\": \"" + unit + "\"");
            String dueJson = ContractSchemas.fixture(EventTypes.TASK_DUE)
                    .replace("\"leadUnit\": \"SNV\"", "\"leadUnit\": \"" + unit + "\"")
                    .replace("\"taskId\": \"0195f3a2-7c1e-7a00-8000-000000000011\"", "\"taskId\": \"t-" + unit + "\"")
                    .replace("[\n    \"SGDDT\",\n    \"SYT\"\n  ]", "[]");
            for (int copy = 0; copy < 2; copy++) {
                publish(EventTypes.QUARTER_OPENED, unit, 3, digest, digestJson);
                publish(EventTypes.TASK_DUE, "t-" + unit, 5, due, dueJson);
            }
            if (i == UNITS / 2) {
                instances.remove(2).close();
                instances.add(startInstance(4));
            }
        }

        // then: two e-mails per unit, two webhook deliveries per unit
        int expected = UNITS * 2;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                smtp.getReceivedMessages().length >= expected && receiver.accepted(HOOK).size() >= expected);
        Thread.sleep(3_000);
        MimeMessage[] mails = smtp.getReceivedMessages();
        Map<String, Long> byMessageId = Arrays.stream(mails).collect(Collectors.groupingBy(ThreeInstancesTest::id,
                Collectors.counting()));
        assertThat(mails).hasSize(expected);
        assertThat(byMessageId).hasSize(expected).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        for (String unit : units) {
            assertThat(Arrays.stream(mails).filter(m -> to(m).equals("tdkt@" + unit.toLowerCase() + ".vn")))
                    .hasSize(2);
        }
        List<WebhookReceiver.Received> hooks = receiver.accepted(HOOK);
        assertThat(hooks).hasSize(expected).allSatisfy(r -> assertThat(r.verified()).isTrue());
        assertThat(hooks.stream().map(WebhookReceiver.Received::webhookId).distinct()).hasSize(expected);

        // and every delivery (inbox, e-mail, webhook) is announced on the topic
        Map<String, NotificationSent> sent = readSent(expected * 3);
        assertThat(sent.values()).filteredOn(e -> e.notification().channel().equals("EMAIL")).hasSize(expected);
        assertThat(sent.values()).filteredOn(e -> e.notification().channel().equals("WEBHOOK")).hasSize(expected);
        assertThat(sent.values()).filteredOn(e -> e.notification().channel().equals("INBOX")).hasSize(expected);
    }

    private boolean known(String unit) {
        return instances.get(0).getBean(vn.tdkt.notification.directory.application.Directory.class)
                .find(unit).isPresent();
    }

    private static void publish(EventType type, String key, long sequence, String id, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(id));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.TYPE, bytes(type.type()));
        headers.add(CloudEventHeaders.SOURCE, bytes("/tdkt/plan-service"));
        headers.add(CloudEventHeaders.SUBJECT, bytes(key));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.SEQUENCE, bytes(Long.toString(sequence)));
        headers.add(CloudEventHeaders.DATA_CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        producer.send(new ProducerRecord<>(type.topic().topicName(), null, key, bytes(json), headers));
        producer.flush();
    }

    /** The notification-sent events on the topic, by notification id (a re-sent duplicate collapses). */
    private static Map<String, NotificationSent> readSent(int atLeast) {
        Map<String, NotificationSent> byId = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(NOTIFICATION));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (byId.size() < atLeast && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                            StandardCharsets.UTF_8);
                    if (type.equals(EventTypes.NOTIFICATION_SENT.type())) {
                        NotificationSent event = EventJson.mapper().readValue(record.value(), NotificationSent.class);
                        byId.put(event.notificationId(), event);
                    }
                }
            }
        }
        return byId;
    }

    private static String id(MimeMessage message) {
        return call(MimeMessage::getMessageID, message);
    }

    private static String to(MimeMessage message) {
        return call(m -> m.getAllRecipients()[0].toString(), message);
    }

    private static <T> T call(ThrowingFunction<MimeMessage, T> read, MimeMessage message) {
        try {
            return read.apply(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingFunction<A, B> {
        B apply(A value) throws Exception;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
