package vn.tdkt.plan.reminder.persistence;

import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import lombok.RequiredArgsConstructor;

/**
 * Collection {@code quarter_openings}: per quarter ({@code 2026-Q4}), the time up to which task changes have been
 * checked for units still owed their quarter-opened digest. Only what changed after it needs reading again.
 */
@Repository
@RequiredArgsConstructor
public class QuarterOpeningStore {

    static final String COLLECTION = "quarter_openings";
    private static final String CHECKED_THROUGH = "checkedThrough";

    private final MongoTemplate mongo;

    public Optional<Instant> checkedThrough(String quarterKey) {
        Document opening = mongo.findById(quarterKey, Document.class, COLLECTION);
        return Optional.ofNullable(opening).map(document -> document.getDate(CHECKED_THROUGH).toInstant());
    }

    /** Moves the mark forward only ({@code $max}): a slower instance finishing later cannot move it back. */
    public void markCheckedThrough(String quarterKey, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(quarterKey)), new Update().max(CHECKED_THROUGH, at), COLLECTION);
    }
}
