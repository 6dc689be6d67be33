package vn.tdkt.reporting.scoring.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;

/** Collection {@code score_sheets}: one document per cluster and year, carrying its pending events. */
@Document(ScoreSheetDocument.COLLECTION)
public class ScoreSheetDocument extends AggregateDocument {

    public static final String COLLECTION = "score_sheets";
    static final String CLUSTER = "sheet.clusterId";
    static final String YEAR = "sheet.year";

    @Id
    private String id;

    private ScoreSheet sheet;

    protected ScoreSheetDocument() {
    }

    public ScoreSheetDocument(ScoreSheet sheet) {
        this.id = sheet.id();
        this.sheet = sheet;
    }

    public String getId() {
        return id;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }
}
