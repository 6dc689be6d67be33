package vn.tdkt.plan.reminder.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.reminder.domain.QuarterDigest;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code quarter_digests}: one document per unit and quarter, keyed {@code SGDDT:Q3-2025}. */
@Document(QuarterDigestDocument.COLLECTION)
public class QuarterDigestDocument extends AggregateDocument<QuarterDigest> {

    public static final String COLLECTION = "quarter_digests";
}
