package vn.tdkt.reporting.report.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.reporting.report.domain.DutyStatus;
import vn.tdkt.reporting.report.domain.ReportDuty;

@Repository
public class ReportDutyStore extends AggregateStore<ReportDuty, ReportDutyDocument> {

    public ReportDutyStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ReportDutyDocument.class, ReportDutyDocument::new, ReportDuty::id,
                "report.duty-not-found");
        // one duty per (obligation, unit): opening the duties twice (a retry after a crash) cannot duplicate one
        Indexes.ensure(mongo, ReportDutyDocument.COLLECTION,
                Indexes.ascending("obligation_unit", ReportDutyDocument.OBLIGATION, ReportDutyDocument.UNIT).unique(),
                Indexes.ascending("status_deadline", ReportDutyDocument.STATUS, ReportDutyDocument.DEADLINE),
                Indexes.ascending("unit_year", ReportDutyDocument.UNIT, ReportDutyDocument.YEAR),
                Indexes.ascending("submission", ReportDutyDocument.SUBMISSION_ID),
                Indexes.ascending("task", ReportDutyDocument.TASK));
    }

    /** Duties the unit still owes whose deadline lies in [from, to]: the ladder scan's window. */
    public List<Versioned<ReportDuty>> openWithDeadlineBetween(LocalDate from, LocalDate to) {
        return findAllVersioned(Query.query(where(ReportDutyDocument.STATUS)
                .in(DutyStatus.AWAITING.name(), DutyStatus.RETURNED.name())
                .and(ReportDutyDocument.DEADLINE).gte(from).lte(to)));
    }

    public List<Versioned<ReportDuty>> ofObligation(String obligationId) {
        return findAllVersioned(Query.query(where(ReportDutyDocument.OBLIGATION).is(obligationId))
                .with(Sort.by(ReportDutyDocument.UNIT)));
    }

    public Optional<Versioned<ReportDuty>> of(String obligationId, String unit) {
        return findAllVersioned(Query.query(where(ReportDutyDocument.OBLIGATION).is(obligationId)
                .and(ReportDutyDocument.UNIT).is(unit))).stream().findFirst();
    }

    public List<Versioned<ReportDuty>> ofTask(String taskId) {
        return findAllVersioned(Query.query(where(ReportDutyDocument.TASK).is(taskId)));
    }

    public Optional<Versioned<ReportDuty>> withSubmission(String submissionId) {
        return findAllVersioned(Query.query(where(ReportDutyDocument.SUBMISSION_ID).is(submissionId)))
                .stream().findFirst();
    }

    /**
     * Duties filtered by what is given ({@code null}: any): unit, year, period, obligation; by deadline then unit.
     */
    public List<Versioned<ReportDuty>> find(String unit, Integer year, String period, String obligationId) {
        Criteria criteria = new FilterCriteria()
                .equal(ReportDutyDocument.UNIT, unit)
                .equal(ReportDutyDocument.YEAR, year)
                .equal(ReportDutyDocument.PERIOD, period)
                .equal(ReportDutyDocument.OBLIGATION, obligationId)
                .all();
        return findAllVersioned(Query.query(criteria)
                .with(Sort.by(Sort.Order.asc(ReportDutyDocument.DEADLINE), Sort.Order.asc(ReportDutyDocument.UNIT))));
    }
}
