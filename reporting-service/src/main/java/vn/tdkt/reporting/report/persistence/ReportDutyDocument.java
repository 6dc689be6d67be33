package vn.tdkt.reporting.report.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.report.domain.ReportDuty;

/** Collection {@code report_duties}: one document per (obligation, unit), carrying its pending events. */
@Document(ReportDutyDocument.COLLECTION)
public class ReportDutyDocument extends AggregateDocument {

    public static final String COLLECTION = "report_duties";
    static final String OBLIGATION = "duty.obligationId";
    static final String UNIT = "duty.unitCode";
    static final String STATUS = "duty.status";
    static final String DEADLINE = "duty.deadline";
    static final String YEAR = "duty.year";
    static final String PERIOD = "duty.period";
    static final String SUBMISSION_ID = "duty.submissions.id";
    static final String TASK = "duty.taskId";

    @Id
    private String id;

    private ReportDuty duty;

    protected ReportDutyDocument() {
    }

    public ReportDutyDocument(ReportDuty duty) {
        this.id = duty.id();
        this.duty = duty;
    }

    public String getId() {
        return id;
    }

    public ReportDuty getDuty() {
        return duty;
    }
}
