package vn.tdkt.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Remembered responses to POSTs with an Idempotency-Key; expire after the retention period (TTL index). A key is
 * reserved while its first request runs; a reservation older than {@code inProgressTimeout} belongs to a request
 * whose process died (killed, or its database went away before it could complete or abandon the key), and a retry
 * with the same body takes it over instead of being told "in progress" until the retention ends.
 */
public class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration inProgressTimeout;

    public IdempotencyStore(MongoTemplate mongo, Clock clock, Duration retention) {
        this(mongo, clock, retention, Duration.ofSeconds(30));
    }

    public IdempotencyStore(MongoTemplate mongo, Clock clock, Duration retention, Duration inProgressTimeout) {
        this.mongo = mongo;
        this.clock = clock;
        this.inProgressTimeout = inProgressTimeout;
        Indexes.ensure(mongo, COLLECTION,
                Indexes.ascending("idempotency_ttl", "createdAt").expire(retention));
    }

    public record StoredResponse(String requestHash, boolean completed, int status, String contentType,
            String location, String etag, byte[] body) {
    }

    public Optional<StoredResponse> find(String id) {
        Document found = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION);
        if (found == null) {
            return Optional.empty();
        }
        Binary body = found.get("body", Binary.class);
        Number status = found.get("status", Number.class);
        return Optional.of(new StoredResponse(found.getString("requestHash"), found.getBoolean("completed", false),
                status == null ? 0 : status.intValue(), found.getString("contentType"), found.getString("location"),
                found.getString("etag"), body == null ? new byte[0] : body.getData()));
    }

    /** Reserves the key; {@code false} if another request holds it. */
    public boolean begin(String id, String requestHash) {
        try {
            mongo.insert(new Document("_id", id).append("requestHash", requestHash).append("completed", false)
                    .append("createdAt", Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Takes over a reservation its request never completed nor abandoned, once it is older than the in-progress
     * timeout, for a retry of the same request (same hash). Only one retry can win it: the update is conditional on
     * the reservation's time. The original request may or may not have changed something before it died; running it
     * again is then answered by the domain (e.g. a transition already made is a conflict), as for a request sent
     * without a key.
     *
     * @return whether the caller now holds the key and must run the request
     */
    public boolean takeOverAbandoned(String id, String requestHash) {
        Date staleBefore = Date.from(clock.instant().minus(inProgressTimeout));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("completed").is(false)
                        .and("requestHash").is(requestHash).and("createdAt").lt(staleBefore)),
                new Update().set("createdAt", Date.from(clock.instant())), COLLECTION).getModifiedCount() == 1;
    }

    public void complete(String id, StoredResponse response) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("completed", true)
                .set("status", response.status())
                .set("contentType", response.contentType())
                .set("location", response.location())
                .set("etag", response.etag())
                .set("body", new Binary(response.body())), COLLECTION);
    }

    public void abandon(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }
}
