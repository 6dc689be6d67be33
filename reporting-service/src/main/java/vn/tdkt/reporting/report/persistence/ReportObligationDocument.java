package vn.tdkt.reporting.report.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.report.domain.ReportObligation;

/** Collection {@code report_obligations}: one document per obligation. */
@Document(ReportObligationDocument.COLLECTION)
public class ReportObligationDocument extends AggregateDocument<ReportObligation> {

    public static final String COLLECTION = "report_obligations";
    static final String YEAR = path("year");
    static final String DUTIES_OPENED = path("dutiesOpened");
}
