package vn.tdkt.nomination.revocation.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code revocations}: one document per revocation, wrapping the aggregate. */
@Document(RevocationDocument.COLLECTION)
public class RevocationDocument extends AggregateDocument {

    public static final String COLLECTION = "revocations";
    public static final String UNITS = "revocation.entries.unitCode";
    public static final String COMPLETED_AT = "revocation.completedAt";
    public static final String RECORDED_AT = "revocation.recordedAt";

    @Id
    private String id;

    private Revocation revocation;

    protected RevocationDocument() {
    }

    public RevocationDocument(Revocation revocation) {
        this.id = revocation.id();
        this.revocation = revocation;
    }

    public String getId() {
        return id;
    }

    public Revocation getRevocation() {
        return revocation;
    }
}
