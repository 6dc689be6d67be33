package vn.tdkt.reporting.scoring.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;

@Repository
public class ScoreSheetStore extends AggregateStore<ScoreSheet, ScoreSheetDocument> {

    public ScoreSheetStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ScoreSheetDocument.class, ScoreSheetDocument::new, ScoreSheetDocument::getSheet,
                "scoring.sheet-not-found");
        // a cluster-formed is one cluster and year: one sheet each
        mongo.indexOps(ScoreSheetDocument.COLLECTION).createIndex(new Index().on(ScoreSheetDocument.CLUSTER,
                Sort.Direction.ASC).unique().named("cluster"));
    }

    /** Sheets of a year ({@code null}: all), by cluster code. */
    public List<Versioned<ScoreSheet>> ofYear(Integer year) {
        Query query = year == null ? new Query() : Query.query(where(ScoreSheetDocument.YEAR).is(year));
        return findAllVersioned(query.with(Sort.by("sheet.clusterCode")));
    }
}
