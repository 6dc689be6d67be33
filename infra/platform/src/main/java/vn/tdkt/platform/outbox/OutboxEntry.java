package vn.tdkt.platform.outbox;

import java.time.Instant;

/**
 * One pending event inside an aggregate document's {@code outbox} array. It is written in the same atomic
 * document write as the state change that caused it, so a committed change always has its event.
 *
 * @param payload the JSON payload, serialised once at write time so the relay never needs the payload classes
 */
public record OutboxEntry(
        String eventId,
        String type,
        String subject,
        long sequence,
        Instant time,
        String traceparent,
        String payload) {
}
