package vn.tdkt.reporting.scoring.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;

@Repository
public class ScoreSheetStore extends AggregateStore<ScoreSheet, ScoreSheetDocument> {

    public ScoreSheetStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ScoreSheetDocument.class, ScoreSheetDocument::new, ScoreSheet::id,
                "scoring.sheet-not-found");
        // a cluster-formed is one cluster and year: one sheet each
        Indexes.ensure(mongo, ScoreSheetDocument.COLLECTION,
                Indexes.ascending("cluster", ScoreSheetDocument.CLUSTER).unique());
    }

    /** Sheets of a year ({@code null}: all), by cluster code. */
    public List<Versioned<ScoreSheet>> ofYear(Integer year) {
        Query query = Query.query(new FilterCriteria().equal(ScoreSheetDocument.YEAR, year).all());
        return findAllVersioned(query.with(Sort.by(path("clusterCode"))));
    }
}
