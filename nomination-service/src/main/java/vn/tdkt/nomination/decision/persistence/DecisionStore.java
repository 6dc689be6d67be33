package vn.tdkt.nomination.decision.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.decision.domain.DecisionStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Decisions: every write one version-guarded save; the queries the decision feature needs. */
@Repository
public class DecisionStore extends AggregateStore<Decision, DecisionDocument> {

    public DecisionStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, DecisionDocument.class, DecisionDocument::new, Decision::id,
                "decision.not-found");
        Indexes.ensure(mongo, DecisionDocument.COLLECTION,
                Indexes.ascending("decision_status_date", DecisionDocument.STATUS, DecisionDocument.DATE),
                Indexes.ascending("decision_registered_at", DecisionDocument.REGISTERED_AT),
                Indexes.ascending("decision_dossiers", DecisionDocument.DOSSIERS),
                Indexes.ascending("decision_units", DecisionDocument.UNITS),
                Indexes.ascending("decision_subject_units", DecisionDocument.SUBJECT_UNITS));
    }

    /**
     * A page of decisions, newest first (ids are UUIDv7).
     *
     * @param unitCode only decisions with an awardee this unit proposed or belongs to; {@code null}: all
     */
    public List<Versioned<Decision>> page(DecisionStatus status, Integer year, String unitCode, PageQuery page) {
        return findAllVersioned(Query.query(criteria(status, year, unitCode))
                .with(Sort.by(Sort.Direction.DESC, "_id")).skip(page.offset()).limit(page.size()));
    }

    public long count(DecisionStatus status, Integer year, String unitCode) {
        return count(Query.query(criteria(status, year, unitCode)));
    }

    /**
     * Decided decisions whose awards or audit entry were not all written (a writer stopped half-way), prepared
     * before {@code before} so that a decision still being written is left to its writer.
     */
    public List<Decision> unregistered(Instant before) {
        return findAll(Query.query(where(DecisionDocument.REGISTERED_AT).is(null)
                .and(DecisionDocument.STATUS).in(DecisionStatus.ISSUED.name(), DecisionStatus.CENTRAL_DECIDED.name())
                .and(DecisionDocument.PREPARED_AT).lt(before)));
    }

    private static Criteria criteria(DecisionStatus status, Integer year, String unitCode) {
        return new FilterCriteria()
                .when(unitCode != null, () -> new Criteria().orOperator(where(DecisionDocument.UNITS).is(unitCode),
                        where(DecisionDocument.SUBJECT_UNITS).is(unitCode)))
                .equal(DecisionDocument.STATUS, status)
                .when(year != null, () -> withinYear(year))
                .all();
    }

    /** Decided or submitted within the year, both ends included. */
    private static Criteria withinYear(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return new Criteria().orOperator(where(DecisionDocument.DATE).gte(from).lte(to),
                where(DecisionDocument.SUBMISSION_DATE).gte(from).lte(to));
    }
}
