package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The one way a read model is written: {@link #apply} loads the row, compares the event's sequence with the row's
 * mark for the event's source aggregate, lets the domain row take the event (the row after it replaces the row), records the mark and saves, guarded by
 * the row's version (a new row by its unique id). A repeated or stale event changes nothing; two deliveries racing
 * cannot both apply (the loser re-reads, finds the mark and stops). There is no processed-events pre-check on top:
 * the mark in the row is the idempotency.
 *
 * @param <R> the domain row
 * @param <D> its document
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class RowStore<R, D extends ProjectionDocument<R>> {

    private static final Logger log = LoggerFactory.getLogger(RowStore.class);
    private static final int ATTEMPTS = 10;

    protected final MongoTemplate mongo;
    private final Class<D> type;
    private final Function<String, D> create;
    private final Clock clock;

    /** What became of one event. */
    public enum Outcome {
        /** The row took the event. */
        APPLIED,
        /** The row had applied this very event before (a redelivery, a re-send): nothing changed. */
        REPEATED,
        /** An older event of the source arrived after a newer one: nothing changed (the newer state stands). */
        OUT_OF_ORDER;

        public boolean changed() {
            return this == APPLIED;
        }
    }

    /** {@link #applyEvent}, answering only whether the row changed. */
    public boolean apply(String id, String markKey, long sequence, UnaryOperator<R> next) {
        return applyEvent(id, markKey, sequence, next).changed();
    }

    /**
     * @param id       the row
     * @param markKey  the source aggregate's mark ({@code SourceAggregate.markKey})
     * @param sequence the event's sequence in that aggregate
     * @param next     the row after the event, given the row before it (a row is a value, or changes in place and
     *                 answers itself)
     * @return applied, or why not: repeated or out of order
     */
    public Outcome applyEvent(String id, String markKey, long sequence, UnaryOperator<R> next) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            D document = mongo.findById(id, type);
            if (document == null) {
                document = create.apply(id);
            } else if (document.markOf(markKey) >= sequence) {
                return document.hasSeen(markKey, sequence) ? Outcome.REPEATED : Outcome.OUT_OF_ORDER;
            }
            document.row(next.apply(document.row()));
            document.mark(markKey, sequence, clock.instant());
            try {
                mongo.save(document);
                return Outcome.APPLIED;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                log.debug("Row {} changed while applying {}#{}; retrying ({})", id, markKey, sequence, attempt);
            }
        }
        throw new OptimisticLockingFailureException("Row " + id + " kept changing while applying " + markKey);
    }

    /** The row's marks and last change, for checks from outside. */
    public Optional<vn.tdkt.reporting.projection.domain.RowTrace> trace(String id) {
        return Optional.ofNullable(mongo.findById(id, type))
                .map(document -> new vn.tdkt.reporting.projection.domain.RowTrace(document.getMarks(),
                        document.getUpdatedAt()));
    }

    public Optional<R> find(String id) {
        return Optional.ofNullable(mongo.findById(id, type)).map(ProjectionDocument::row);
    }

    protected List<R> rows(Query query) {
        return mongo.find(query, type).stream().map(ProjectionDocument::row).toList();
    }

    protected long count(Query query) {
        return mongo.count(query, type);
    }

    public List<R> all() {
        return rows(new Query());
    }
}
