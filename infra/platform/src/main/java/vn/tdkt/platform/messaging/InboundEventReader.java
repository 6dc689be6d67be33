package vn.tdkt.platform.messaging;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventEnvelope;
import vn.tdkt.contracts.EventType;
import vn.tdkt.platform.events.EventJson;
import lombok.RequiredArgsConstructor;

/** Reads {@code ce_*} headers and the JSON payload of a record; anything malformed is a poison event. */
@RequiredArgsConstructor
public class InboundEventReader {

    private final Validator validator;

    public EventEnvelope envelope(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String sequence = header(headers, CloudEventHeaders.SEQUENCE);
        String time = header(headers, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(
                    required(headers, CloudEventHeaders.ID),
                    required(headers, CloudEventHeaders.TYPE),
                    header(headers, CloudEventHeaders.SOURCE),
                    required(headers, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    sequence == null ? 0 : Long.parseLong(sequence),
                    header(headers, CloudEventHeaders.TRACEPARENT),
                    header(headers, CloudEventHeaders.DATA_CONTENT_TYPE));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PoisonEventException("Malformed CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    public <T> T payload(Message<?> message, EventType type, Class<T> payloadType) {
        byte[] body = body(message);
        if (body == null || body.length == 0) {
            throw new PoisonEventException("Event " + type.type() + " has no payload");
        }
        T payload;
        try {
            payload = EventJson.mapper().readValue(body, payloadType);
        } catch (JacksonException e) {
            throw new PoisonEventException("Unparseable payload for " + type.type() + ": " + e.getOriginalMessage(), e);
        }
        if (payload == null) {
            throw new PoisonEventException("Event " + type.type() + " has a null payload");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("Payload of " + type.type() + " breaks its contract: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return payload;
    }

    private static byte[] body(Message<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Missing CloudEvents header " + name);
        }
        return value;
    }

    /**
     * Spring Cloud Function recognises CloudEvents and renames the Kafka binding's {@code ce_} headers to its
     * canonical {@code ce-} prefix before the function sees them, so both spellings are accepted.
     */
    static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
