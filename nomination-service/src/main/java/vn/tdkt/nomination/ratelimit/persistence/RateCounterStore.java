package vn.tdkt.nomination.ratelimit.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Request counters of the public rate limits (collection {@code rate_limit_counters}): one document per rule, client
 * address and window, {@code {_id, count, expiresAt}}. A TTL index removes past windows on MongoDB (the wire server
 * used in tests accepts but does not enforce it; there {@link #purge} does).
 */
@Repository
public class RateCounterStore {

    public static final String COLLECTION = "rate_limit_counters";

    private final MongoTemplate mongo;

    public RateCounterStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("rate_limit_expiry", "expiresAt").expire(0, TimeUnit.SECONDS));
    }

    /** Adds one request to the counter and answers the new count (one atomic upsert). */
    public long increment(String key, Instant expiresAt) {
        Document counter = mongo.findAndModify(Query.query(where("_id").is(key)),
                new Update().inc("count", 1).setOnInsert("expiresAt", Date.from(expiresAt)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return counter == null ? 1 : ((Number) counter.get("count")).longValue();
    }

    /** Removes counters of windows that ended before {@code now}. */
    public long purge(Instant now) {
        return mongo.remove(Query.query(where("expiresAt").lt(Date.from(now))), COLLECTION).getDeletedCount();
    }
}
