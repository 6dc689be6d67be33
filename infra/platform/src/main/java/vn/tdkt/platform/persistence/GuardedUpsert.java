package vn.tdkt.platform.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one way a read model applies an inbound event: a conditional upsert of the row {@code _id} (the event's
 * subject), guarded by the source aggregate's sequence kept in the row. The row changes (or is created) only if the
 * event's sequence is above the stored mark; when the row exists with a mark at or above it, the filter matches
 * nothing, the upsert tries to insert the same {@code _id} and the duplicate key says the event is stale or
 * redelivered. Check and write are one operation, so two deliveries racing cannot both apply.
 *
 * <p>One collection per source aggregate type keeps the guard per (aggregate type, subject): events of different
 * aggregates never share a mark.
 */
public final class GuardedUpsert {

    public static final String MARK = "lastSequence";

    private GuardedUpsert() {
    }

    /** @return true if the row changed, false if the event was not newer than the row */
    public static boolean apply(MongoTemplate mongo, String collection, String id, long sequence, Update update) {
        Query query = Query.query(where("_id").is(id)
                .orOperator(where(MARK).exists(false), where(MARK).lt(sequence)));
        update.set(MARK, sequence);
        try {
            mongo.upsert(query, update, collection);
            return true;
        } catch (DuplicateKeyException staleOrRedelivered) {
            return false;
        }
    }
}
