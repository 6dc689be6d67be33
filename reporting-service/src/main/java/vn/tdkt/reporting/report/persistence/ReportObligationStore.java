package vn.tdkt.reporting.report.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.reporting.report.domain.ReportObligation;

@Repository
public class ReportObligationStore extends AggregateStore<ReportObligation, ReportObligationDocument> {

    public ReportObligationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ReportObligationDocument.class, ReportObligationDocument::new,
                ReportObligation::id, "report.obligation-not-found");
    }

    /** Obligations of a year ({@code null}: all), newest due date first. */
    public List<Versioned<ReportObligation>> ofYear(Integer year) {
        Query query = Query.query(new FilterCriteria().equal(ReportObligationDocument.YEAR, year).all());
        return findAllVersioned(query.with(Sort.by(Sort.Order.desc(path("dueDate")), Sort.Order.asc("_id"))));
    }

    /** Obligations whose duties were not all opened yet (a crash between the obligation and its duties). */
    public List<ReportObligation> withDutiesPending() {
        return findAll(Query.query(new Criteria().orOperator(where(ReportObligationDocument.DUTIES_OPENED).is(false),
                where(ReportObligationDocument.DUTIES_OPENED).exists(false))));
    }
}
