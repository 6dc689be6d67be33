package vn.tdkt.reporting.report.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.report.domain.ReportObligation;

/** Collection {@code report_obligations}: one document per obligation. */
@Document(ReportObligationDocument.COLLECTION)
public class ReportObligationDocument extends AggregateDocument {

    public static final String COLLECTION = "report_obligations";
    static final String YEAR = "obligation.year";
    static final String DUTIES_OPENED = "obligation.dutiesOpened";

    @Id
    private String id;

    private ReportObligation obligation;

    protected ReportObligationDocument() {
    }

    public ReportObligationDocument(ReportObligation obligation) {
        this.id = obligation.id();
        this.obligation = obligation;
    }

    public String getId() {
        return id;
    }

    public ReportObligation getObligation() {
        return obligation;
    }
}
