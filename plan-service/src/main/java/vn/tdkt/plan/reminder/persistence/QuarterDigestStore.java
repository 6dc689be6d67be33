package vn.tdkt.plan.reminder.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.reminder.domain.QuarterDigest;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** Quarter digests; inserting one whose id exists fails with a duplicate key, which is what makes it exactly once. */
@Repository
public class QuarterDigestStore extends AggregateStore<QuarterDigest, QuarterDigestDocument> {

    public QuarterDigestStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, QuarterDigestDocument.class, QuarterDigestDocument::new, QuarterDigest::id,
                "quarter-digest.not-found");
    }

    /** Which of these digests exist already, in one read by id. */
    public Set<String> existing(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, QuarterDigestDocument.class).stream().map(QuarterDigestDocument::getId)
                .collect(Collectors.toSet());
    }
}
