package vn.tdkt.nomination.revocation.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code revocations}: one document per revocation, wrapping the aggregate. */
@Document(RevocationDocument.COLLECTION)
public class RevocationDocument extends AggregateDocument<Revocation> {

    public static final String COLLECTION = "revocations";
    static final String UNITS = path("entries.unitCode");
    static final String COMPLETED_AT = path("completedAt");
    static final String RECORDED_AT = path("recordedAt");
}
