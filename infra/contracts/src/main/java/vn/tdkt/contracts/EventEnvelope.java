package vn.tdkt.contracts;

import java.time.Instant;

/**
 * The CloudEvents attributes of one event as read from (or written to) {@code ce_*} headers. The payload is
 * carried separately as the Kafka record value (JSON).
 *
 * @param sequence the aggregate version that produced the event; consumers use it as a high-water mark
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        long sequence,
        String traceparent,
        String dataContentType) {
}
