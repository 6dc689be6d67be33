package vn.tdkt.nomination.facts.holds.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.holds.domain.Hold;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code holds}: one document per hold, with its subject's folded key for matching. */
@Document(HoldDocument.COLLECTION)
public class HoldDocument extends AggregateDocument<Hold> {

    public static final String COLLECTION = "holds";
    static final String SUBJECT = path("subject");
    static final String UNIT = path("subject.unitCode");
}
