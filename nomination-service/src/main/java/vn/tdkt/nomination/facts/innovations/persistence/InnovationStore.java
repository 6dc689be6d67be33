package vn.tdkt.nomination.facts.innovations.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.nomination.facts.persistence.SubjectCriteria;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

@Repository
public class InnovationStore extends AggregateStore<Innovation, InnovationDocument> {

    public InnovationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, InnovationDocument.class, InnovationDocument::new, Innovation::id,
                "innovation.not-found");
        SubjectCriteria.createIndexes(mongo, InnovationDocument.COLLECTION,
                InnovationDocument.OWNER, InnovationDocument.UNIT, "innovation");
        Indexes.ensure(mongo, InnovationDocument.COLLECTION,
                Indexes.ascending("innovation_unit_year", InnovationDocument.UNIT, InnovationDocument.YEAR));
    }

    public List<Innovation> ownedBy(SubjectRef owner) {
        return findAll(Query.query(SubjectCriteria.matching(owner, InnovationDocument.OWNER))
                .with(Sort.by(InnovationDocument.YEAR, "_id")));
    }

    public List<Innovation> page(String unitCode, Integer year, SubjectRef owner, PageQuery page) {
        return findAll(Query.query(criteria(unitCode, year, owner)).with(Sort.by(InnovationDocument.UNIT,
                InnovationDocument.YEAR, "_id")).skip(page.offset()).limit(page.size()));
    }

    public long count(String unitCode, Integer year, SubjectRef owner) {
        return count(Query.query(criteria(unitCode, year, owner)));
    }

    private static Criteria criteria(String unitCode, Integer year, SubjectRef owner) {
        return SubjectCriteria.subjectAndUnit(owner, InnovationDocument.OWNER, unitCode, InnovationDocument.UNIT)
                .equal(InnovationDocument.YEAR, year)
                .all();
    }
}
