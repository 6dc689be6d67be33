package vn.tdkt.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic as it is now, from the beginning, without a consumer group (the services' groups are untouched). */
public final class TopicReader {

    /**
     * One record: its CloudEvents headers by name ({@code ce_type}, {@code ce_traceparent}, …), its payload and its
     * Kafka timestamp (set by the producer when the relay sent it).
     */
    public record Event(String key, java.util.Map<String, String> headers, byte[] payload, long timestamp) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private TopicReader() {
    }

    /** Every record until the topic has been quiet for two seconds. */
    public static List<Event> readAll(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("auto.offset.reset", "earliest");
        properties.put("enable.auto.commit", "false");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            // every partition assigned by hand: no group, no rebalance to wait for
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int idlePolls = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (idlePolls < 4 && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    java.util.Map<String, String> headers = new java.util.HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null
                                : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    events.add(new Event(record.key(), headers, record.value(), record.timestamp()));
                }
            }
        }
        return events;
    }
}
