package vn.tdkt.nomination.batch.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.batch.domain.Batch;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code batches}: one document per proposal batch. */
@Document(BatchDocument.COLLECTION)
public class BatchDocument extends AggregateDocument {

    public static final String COLLECTION = "batches";
    public static final String UNIT = "batch.unitCode";
    public static final String YEAR = "batch.year";

    @Id
    private String id;

    private Batch batch;

    protected BatchDocument() {
    }

    public BatchDocument(Batch batch) {
        this.id = batch.id();
        this.batch = batch;
    }

    public Batch getBatch() {
        return batch;
    }
}
