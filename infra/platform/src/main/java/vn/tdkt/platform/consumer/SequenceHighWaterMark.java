package vn.tdkt.platform.consumer;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Per-aggregate high-water mark of event sequences for a consumer group: an event whose sequence is not above
 * the mark was already applied (a redelivery or a stale re-send) and must not change state again. The check
 * and the advance are one conditional write, so two deliveries racing cannot both win.
 */
public class SequenceHighWaterMark {

    static final String COLLECTION = "consumer_sequences";

    private final MongoTemplate mongo;
    private final String group;

    public SequenceHighWaterMark(MongoTemplate mongo, String group) {
        this.mongo = mongo;
        this.group = group;
    }

    /** Advances the mark to {@code sequence}; {@code false} if the mark was already at or above it. */
    public boolean advance(String aggregateId, long sequence) {
        String id = group + ":" + aggregateId;
        long matched = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("sequence").lt(sequence)),
                Update.update("sequence", sequence),
                COLLECTION).getMatchedCount();
        if (matched > 0) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", id).append("sequence", sequence), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyAtOrAbove) {
            return false;
        }
    }

    public long current(String aggregateId) {
        Document mark = mongo.findOne(Query.query(Criteria.where("_id").is(group + ":" + aggregateId)),
                Document.class, COLLECTION);
        return mark == null ? 0 : mark.get("sequence", Number.class).longValue();
    }
}
