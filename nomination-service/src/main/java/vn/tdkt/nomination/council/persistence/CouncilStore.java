package vn.tdkt.nomination.council.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

/** Councils. */
@Repository
public class CouncilStore extends AggregateStore<Council, CouncilDocument> {

    public CouncilStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CouncilDocument.class, CouncilDocument::new, Council::id,
                "council.not-found");
        Indexes.ensure(mongo, CouncilDocument.COLLECTION,
                Indexes.ascending("council_level_unit", CouncilDocument.LEVEL, CouncilDocument.UNIT),
                Indexes.ascending("council_members", CouncilDocument.MEMBER_IDS));
    }

    /**
     * Councils of a level and unit (either may be null), of which {@code memberId} is a member when given; oldest
     * first. A province has few councils (its own and one per unit at most), so no paging.
     */
    public List<Versioned<Council>> find(CouncilLevel level, String unitCode, String memberId) {
        Criteria criteria = new FilterCriteria()
                .equal(CouncilDocument.LEVEL, level)
                .equal(CouncilDocument.UNIT, unitCode)
                .equal(CouncilDocument.MEMBER_IDS, memberId)
                .all();
        return findAllVersioned(Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "_id")));
    }
}
