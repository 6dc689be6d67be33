package vn.tdkt.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Remembered responses to POSTs with an Idempotency-Key; expire after the retention period (TTL index). */
public class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final Clock clock;

    public IdempotencyStore(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(
                new Index().on("createdAt", Sort.Direction.ASC).expire(retention).named("idempotency_ttl"));
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
