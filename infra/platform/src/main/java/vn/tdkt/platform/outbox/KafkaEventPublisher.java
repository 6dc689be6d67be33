package vn.tdkt.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tdkt.contracts.CloudEventHeaders;

/**
 * Publishes with the plain Kafka client: the aggregate id is the key (so one aggregate's events share a
 * partition and keep their order) and the CloudEvents attributes go in {@code ce_*} headers. The producer is
 * idempotent with {@code acks=all}, so broker retries neither lose nor duplicate within a session.
 */
public class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    private final Supplier<Producer<String, byte[]>> producerFactory;
    /**
     * Made on the first send: an idempotent producer dials the broker as soon as it exists, and a relay that is off
     * (a service's tests) never sends, so it never dials a broker that is not there.
     */
    private Producer<String, byte[]> producer;
    private final String topic;
    private final String source;
    /** Set when a send could not even get metadata: the rest of the round fails fast instead of blocking. */
    private volatile boolean unreachableThisRound;

    public KafkaEventPublisher(Map<String, Object> producerConfig, String topic, String source) {
        this(() -> new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer()), topic, source);
    }

    KafkaEventPublisher(Supplier<Producer<String, byte[]>> producerFactory, String topic, String source) {
        this.producerFactory = producerFactory;
        this.topic = topic;
        this.source = source;
    }

    @Override
    public List<CompletableFuture<Void>> sendAll(List<OutboxEntry> entries) {
        List<CompletableFuture<Void>> results = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            CompletableFuture<Void> result = new CompletableFuture<>();
            if (unreachableThisRound) {
                result.completeExceptionally(new BrokerUnreachableException());
                results.add(result);
                continue;
            }
            try {
                producer().send(toRecord(entry), (metadata, error) -> {
                    if (error == null) {
                        result.complete(null);
                    } else {
                        result.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                // send() itself throws when metadata cannot be fetched within max.block.ms (broker down).
                result.completeExceptionally(e);
            }
            if (result.isCompletedExceptionally()) {
                // Failed inside send(): metadata could not be fetched within max.block.ms, i.e. no broker.
                unreachableThisRound = true;
            }
            results.add(result);
        }
        return results;
    }

    @Override
    public void flush() {
        try {
            Producer<String, byte[]> existing = producerIfMade();
            if (existing != null) {
                existing.flush();
            }
        } finally {
            unreachableThisRound = false;
        }
    }

    /** A send skipped because an earlier send of the same round found no broker. */
    static final class BrokerUnreachableException extends RuntimeException {
        BrokerUnreachableException() {
            super("broker unreachable in this relay round; will retry", null, false, false);
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxEntry entry) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, entry.eventId());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.TYPE, entry.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SUBJECT, entry.subject());
        header(headers, CloudEventHeaders.TIME, entry.time() == null ? null : entry.time().toString());
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(entry.sequence()));
        header(headers, CloudEventHeaders.TRACEPARENT, entry.traceparent());
        header(headers, CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        byte[] value = entry.payload() == null ? null : entry.payload().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, entry.subject(), value, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producerFactory.get();
        }
        return producer;
    }

    private synchronized Producer<String, byte[]> producerIfMade() {
        return producer;
    }

    @Override
    public void close() {
        Producer<String, byte[]> existing = producerIfMade();
        if (existing != null) {
            existing.close();
        }
    }
}
