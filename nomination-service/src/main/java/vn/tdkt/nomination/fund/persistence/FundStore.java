package vn.tdkt.nomination.fund.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.fund.domain.Fund;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** The yearly funds, by id {@code fund-<year>}. */
@Repository
public class FundStore extends AggregateStore<Fund, FundDocument> {

    public FundStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, FundDocument.class, FundDocument::new, Fund::id, "fund.not-found");
    }
}
