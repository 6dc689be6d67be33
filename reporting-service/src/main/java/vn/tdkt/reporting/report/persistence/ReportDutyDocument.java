package vn.tdkt.reporting.report.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.report.domain.ReportDuty;

/** Collection {@code report_duties}: one document per (obligation, unit), carrying its pending events. */
@Document(ReportDutyDocument.COLLECTION)
public class ReportDutyDocument extends AggregateDocument<ReportDuty> {

    public static final String COLLECTION = "report_duties";
    static final String OBLIGATION = path("obligationId");
    static final String UNIT = path("unitCode");
    static final String STATUS = path("status");
    static final String DEADLINE = path("deadline");
    static final String YEAR = path("year");
    static final String PERIOD = path("period");
    static final String SUBMISSION_ID = path("submissions.id");
    static final String TASK = path("taskId");
}
