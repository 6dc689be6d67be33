package vn.tdkt.nomination.batch.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code batches}: one document per proposal batch. */
@Document(BatchDocument.COLLECTION)
public class BatchDocument extends AggregateDocument<Batch> {

    public static final String COLLECTION = "batches";
    static final String UNIT = path("unitCode");
    static final String YEAR = path("year");
}
