package vn.tdkt.nomination.batch.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Proposal batches. */
@Repository
public class BatchStore extends AggregateStore<Batch, BatchDocument> {

    public BatchStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, BatchDocument.class, BatchDocument::new, Batch::id, "batch.not-found");
        Indexes.ensure(mongo, BatchDocument.COLLECTION,
                Indexes.ascending("batch_unit_year", BatchDocument.UNIT, BatchDocument.YEAR));
    }

    public List<Versioned<Batch>> page(String unitCode, Integer year, PageQuery page) {
        return findAllVersioned(query(unitCode, year).with(Sort.by(Sort.Direction.DESC, "_id"))
                .skip(page.offset()).limit(page.size()));
    }

    public long count(String unitCode, Integer year) {
        return count(query(unitCode, year));
    }

    private static Query query(String unitCode, Integer year) {
        return Query.query(new FilterCriteria()
                .equal(BatchDocument.UNIT, unitCode)
                .equal(BatchDocument.YEAR, year)
                .all());
    }
}
