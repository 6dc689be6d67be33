package vn.tdkt.nomination.council.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** Councils. */
@Repository
public class CouncilStore extends AggregateStore<Council, CouncilDocument> {

    public CouncilStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CouncilDocument.class, CouncilDocument::new, CouncilDocument::getCouncil,
                "council.not-found");
        mongo.indexOps(CouncilDocument.class).createIndex(new Index().on(CouncilDocument.LEVEL, Sort.Direction.ASC)
                .on(CouncilDocument.UNIT, Sort.Direction.ASC).named("council_level_unit"));
        mongo.indexOps(CouncilDocument.class).createIndex(new Index().on(CouncilDocument.MEMBER_IDS,
                Sort.Direction.ASC).named("council_members"));
    }

    /**
     * Councils of a level and unit (either may be null), of which {@code memberId} is a member when given; oldest
     * first. A province has few councils (its own and one per unit at most), so no paging.
     */
    public List<Versioned<Council>> find(CouncilLevel level, String unitCode, String memberId) {
        Criteria criteria = new Criteria();
        if (level != null) {
            criteria = criteria.and(CouncilDocument.LEVEL).is(level);
        }
        if (unitCode != null) {
            criteria = criteria.and(CouncilDocument.UNIT).is(unitCode);
        }
        if (memberId != null) {
            criteria = criteria.and(CouncilDocument.MEMBER_IDS).is(memberId);
        }
        return findAllVersioned(Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "_id")));
    }
}
