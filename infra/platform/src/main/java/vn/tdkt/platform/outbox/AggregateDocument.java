package vn.tdkt.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base class of every Mongo document that is the root of an aggregate and publishes events. The document holds the
 * aggregate under the one field {@value #AGGREGATE}, mapped field by field by Spring Data, and the aggregate's id as
 * {@code _id}; a feature's document only names its collection and the paths its store queries ({@link #path}).
 * {@code version} guards concurrent commands (optimistic locking); {@code eventSequence} numbers the aggregate's
 * events so consumers can keep a per-aggregate high-water mark; {@code outbox} holds events not yet on Kafka, and
 * {@code outboxPending} marks such documents under a partial index so the relay never scans a whole collection.
 * {@code lastEventAt} is when the aggregate last recorded an event, so a reader can ask for the aggregates that
 * changed since it last looked instead of re-reading them all.
 *
 * @param <A> the aggregate the document holds
 */
public abstract class AggregateDocument<A> {

    /** The field that holds the aggregate: every stored path of the aggregate's state starts with it. */
    public static final String AGGREGATE = "aggregate";

    @Id
    private String id;

    private A aggregate;

    @Version
    private Long version;

    private long eventSequence;

    private List<OutboxEntry> outbox = new ArrayList<>();

    private boolean outboxPending;

    private Instant lastEventAt;

    /**
     * The stored path of a field of the aggregate, for queries and indexes: {@code path("status")} is
     * {@code aggregate.status}.
     */
    public static String path(String field) {
        return AGGREGATE + "." + field;
    }

    /** Puts a new aggregate in this (new) document, under its id. */
    public void hold(String id, A aggregate) {
        this.id = id;
        this.aggregate = aggregate;
    }

    public String getId() {
        return id;
    }

    public A getAggregate() {
        return aggregate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public long getEventSequence() {
        return eventSequence;
    }

    public void setEventSequence(long eventSequence) {
        this.eventSequence = eventSequence;
    }

    public List<OutboxEntry> getOutbox() {
        return outbox;
    }

    public void setOutbox(List<OutboxEntry> outbox) {
        this.outbox = outbox == null ? new ArrayList<>() : outbox;
    }

    public boolean isOutboxPending() {
        return outboxPending;
    }

    public void setOutboxPending(boolean outboxPending) {
        this.outboxPending = outboxPending;
    }

    public Instant getLastEventAt() {
        return lastEventAt;
    }

    public void setLastEventAt(Instant lastEventAt) {
        this.lastEventAt = lastEventAt;
    }

    long nextEventSequence() {
        return ++eventSequence;
    }
}
