package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One conditional write per event and row: the row is changed (or created) only if the event's sequence is above
 * the mark stored in {@code markField}. When the row exists with a mark at or above it, the query matches
 * nothing, the upsert tries to insert the same {@code _id} and the duplicate key tells us the event is stale.
 * Check and write are one operation, so two deliveries racing cannot both apply.
 */
final class GuardedUpserts {

    private GuardedUpserts() {
    }

    static boolean apply(MongoTemplate mongo, String collection, String id, String markField, long sequence,
            Update update) {
        Query query = Query.query(where("_id").is(id)
                .orOperator(where(markField).exists(false), where(markField).lt(sequence)));
        update.set(markField, sequence);
        try {
            mongo.upsert(query, update, collection);
            return true;
        } catch (DuplicateKeyException staleOrRedelivered) {
            return false;
        }
    }

    static Criteria unitCriteria(String field, String unit) {
        return unit == null ? new Criteria() : where(field).is(unit);
    }
}
