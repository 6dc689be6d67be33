package vn.tdkt.nomination.facts.holds.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.nomination.facts.persistence.SubjectCriteria;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

@Repository
public class DisciplineStore extends AggregateStore<Discipline, DisciplineDocument> {

    private static final String FROM = path("from");

    public DisciplineStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, DisciplineDocument.class, DisciplineDocument::new, Discipline::id,
                "discipline.not-found");
        SubjectCriteria.createIndexes(mongo, DisciplineDocument.COLLECTION,
                DisciplineDocument.SUBJECT, DisciplineDocument.UNIT, "discipline");
        Indexes.ensure(mongo, DisciplineDocument.COLLECTION,
                Indexes.ascending("discipline_unit_from", DisciplineDocument.UNIT, FROM));
    }

    public List<Discipline> forSubject(SubjectRef subject) {
        return findAll(Query.query(SubjectCriteria.matching(subject, DisciplineDocument.SUBJECT))
                .with(Sort.by(FROM)));
    }

    public List<Discipline> page(String unitCode, SubjectRef subject, PageQuery page) {
        return findAll(Query.query(criteria(unitCode, subject)).with(Sort.by(Sort.Direction.DESC, FROM)
                .and(Sort.by("_id"))).skip(page.offset()).limit(page.size()));
    }

    public long count(String unitCode, SubjectRef subject) {
        return count(Query.query(criteria(unitCode, subject)));
    }

    private static Criteria criteria(String unitCode, SubjectRef subject) {
        return SubjectCriteria.subjectAndUnit(subject, DisciplineDocument.SUBJECT, unitCode, DisciplineDocument.UNIT)
                .all();
    }
}
