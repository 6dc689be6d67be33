package vn.tdkt.e2e.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can ever process, written straight to a topic, as a buggy or hostile producer would: every
 * consuming group must dead-letter each of them at once (no retries) and go on with the rest of its partition. Four
 * kinds, all of type {@code dossier-appraised} (which every consumer of {@code tdkt.nomination.events} handles):
 * no {@code ce_id}, a {@code ce_sequence} that is not a number, a {@code ce_time} that is not a time, and a payload
 * that is not JSON. Keys are random, so they land on every partition.
 */
final class PoisonRecords {

    static final String TYPE = "tdkt.nomination.dossier-appraised.v1";

    private PoisonRecords() {
    }

    static void send(Properties producerProperties, String topic, int count, long pauseMillis) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                String key = UUID.randomUUID().toString();
                RecordHeaders headers = new RecordHeaders();
                int kind = i % 4;
                if (kind != 0) {
                    header(headers, "ce_id", UUID.randomUUID().toString());
                }
                header(headers, "ce_specversion", "1.0");
                header(headers, "ce_type", TYPE);
                header(headers, "ce_source", "/tdkt/fault-suite");
                header(headers, "ce_subject", key);
                header(headers, "ce_time", kind == 2 ? "yesterday at noon" : Instant.now().toString());
                header(headers, "ce_sequence", kind == 1 ? "three" : "1");
                header(headers, "ce_datacontenttype", "application/json");
                header(headers, "contentType", "application/json");
                byte[] value = (kind == 3 ? "{\"dossierId\": \"" + key + "\", " : "{\"dossierId\":\"" + key + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
                Workload.sleep(pauseMillis);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the poison records", e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
