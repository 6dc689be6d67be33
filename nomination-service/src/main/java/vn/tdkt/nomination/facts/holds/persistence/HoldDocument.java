package vn.tdkt.nomination.facts.holds.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.holds.domain.Hold;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code holds}: one document per hold, with its subject's folded key for matching. */
@Document(HoldDocument.COLLECTION)
public class HoldDocument extends AggregateDocument {

    public static final String COLLECTION = "holds";
    public static final String SUBJECT = "hold.subject";
    public static final String UNIT = "hold.subject.unitCode";

    @Id
    private String id;

    private Hold hold;

    protected HoldDocument() {
    }

    public HoldDocument(Hold hold) {
        this.id = hold.id();
        this.hold = hold;
    }

    public String getId() {
        return id;
    }

    public Hold getHold() {
        return hold;
    }
}
