package vn.tdkt.platformtest.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventType;

/** Builds inbound messages shaped like the outbox relay's records, for consumer tests. */
public final class EventMessages {

    private EventMessages() {
    }

    public static Message<byte[]> of(EventType type, String subject, long sequence, String payloadJson) {
        return of(type, UUID.randomUUID().toString(), subject, sequence, payloadJson);
    }

    public static Message<byte[]> of(EventType type, String eventId, String subject, long sequence, String payloadJson) {
        return MessageBuilder.withPayload(payloadJson == null ? new byte[0] : payloadJson.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, eventId)
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
                .setHeader(CloudEventHeaders.TYPE, type.type())
                .setHeader(CloudEventHeaders.SOURCE, "/tdkt/test")
                .setHeader(CloudEventHeaders.SUBJECT, subject)
                .setHeader(CloudEventHeaders.TIME, Instant.now().toString())
                .setHeader(CloudEventHeaders.SEQUENCE, Long.toString(sequence))
                .setHeader(CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeader("contentType", CloudEventHeaders.JSON)
                .build();
    }

    public static Message<byte[]> fixture(EventType type, String subject, long sequence) {
        return of(type, subject, sequence, ContractSchemas.fixture(type));
    }
}
