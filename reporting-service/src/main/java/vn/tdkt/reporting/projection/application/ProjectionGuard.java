package vn.tdkt.reporting.projection.application;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.tdkt.platform.consumer.IdempotentConsumer;
import vn.tdkt.platform.consumer.ProcessedEventStore;

/**
 * Applies one inbound event to the read models at most once in effect. Two independent guards:
 * <ol>
 *   <li>the processed-events record ({@code group:eventId}): an event id seen before is skipped outright;</li>
 *   <li>the sequence marks inside each read-model row (see the stores): a stale or repeated sequence changes no
 *       row, even when the event arrives under a new id or the process died between the write and the record.</li>
 * </ol>
 * The event is recorded as processed only after the write, so a crash in between means a harmless re-apply,
 * never a lost update.
 */
@Component
public class ProjectionGuard {

    private static final Logger log = LoggerFactory.getLogger(ProjectionGuard.class);

    private final ProcessedEventStore processed;
    private final String group;
    private final ApplicationEventPublisher publisher;

    public ProjectionGuard(ProcessedEventStore processed, IdempotentConsumer idempotentConsumer,
            ApplicationEventPublisher publisher) {
        this.processed = processed;
        this.group = idempotentConsumer.group();
        this.publisher = publisher;
    }

    /** @return true if the read model changed */
    public boolean apply(String eventId, String view, String aggregateId, BooleanSupplier write) {
        if (processed.isProcessed(group, eventId)) {
            log.debug("Event {} already projected; skipping", eventId);
            return false;
        }
        boolean changed = write.getAsBoolean();
        processed.claim(group, eventId);
        if (changed) {
            publisher.publishEvent(new ProjectionChanged(view, aggregateId));
        } else {
            log.debug("Event {} on {} is not newer than the projection; ignored", eventId, aggregateId);
        }
        return changed;
    }
}
