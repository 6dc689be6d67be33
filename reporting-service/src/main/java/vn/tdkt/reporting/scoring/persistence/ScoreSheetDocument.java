package vn.tdkt.reporting.scoring.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;

/** Collection {@code score_sheets}: one document per cluster and year, carrying its pending events. */
@Document(ScoreSheetDocument.COLLECTION)
public class ScoreSheetDocument extends AggregateDocument<ScoreSheet> {

    public static final String COLLECTION = "score_sheets";
    static final String CLUSTER = path("clusterId");
    static final String YEAR = path("year");
}
