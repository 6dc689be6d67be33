package vn.tdkt.nomination.facts.holds.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.facts.holds.domain.Hold;
import vn.tdkt.nomination.facts.persistence.SubjectCriteria;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

@Repository
public class HoldStore extends AggregateStore<Hold, HoldDocument> {

    private static final String SINCE = path("since");
    private static final String UNTIL = path("until");
    private static final String LIFTED_ON = path("lift.on");

    public HoldStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, HoldDocument.class, HoldDocument::new, Hold::id, "hold.not-found");
        SubjectCriteria.createIndexes(mongo, HoldDocument.COLLECTION, HoldDocument.SUBJECT, HoldDocument.UNIT, "hold");
        Indexes.ensure(mongo, HoldDocument.COLLECTION,
                Indexes.ascending("hold_unit_since", HoldDocument.UNIT, SINCE));
    }

    public List<Hold> forSubject(SubjectRef subject) {
        return findAll(Query.query(SubjectCriteria.matching(subject, HoldDocument.SUBJECT)).with(Sort.by(SINCE)));
    }

    /**
     * @param activeOn only holds that block on this day ({@code null}: every hold)
     */
    public List<Hold> page(String unitCode, SubjectRef subject, LocalDate activeOn, PageQuery page) {
        return findAll(Query.query(criteria(unitCode, subject, activeOn))
                .with(Sort.by(Sort.Direction.DESC, SINCE).and(Sort.by("_id"))).skip(page.offset())
                .limit(page.size()));
    }

    public long count(String unitCode, SubjectRef subject, LocalDate activeOn) {
        return count(Query.query(criteria(unitCode, subject, activeOn)));
    }

    private static Criteria criteria(String unitCode, SubjectRef subject, LocalDate activeOn) {
        return SubjectCriteria.subjectAndUnit(subject, HoldDocument.SUBJECT, unitCode, HoldDocument.UNIT)
                .when(activeOn != null, () -> blockingOn(activeOn))
                .all();
    }

    /** Holds in force on {@code day}: begun, not ended and not lifted by then. */
    private static Criteria blockingOn(LocalDate day) {
        return new Criteria().andOperator(Criteria.where(SINCE).lte(day),
                new Criteria().orOperator(Criteria.where(UNTIL).is(null), Criteria.where(UNTIL).gte(day)),
                new Criteria().orOperator(Criteria.where(LIFTED_ON).is(null), Criteria.where(LIFTED_ON).gt(day)));
    }
}
