package vn.tdkt.nomination.facts.innovations.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code innovations}: the innovation register (sáng kiến), one document per innovation. */
@Document(InnovationDocument.COLLECTION)
public class InnovationDocument extends AggregateDocument {

    public static final String COLLECTION = "innovations";
    public static final String OWNER = "innovation.owner";
    public static final String UNIT = "innovation.owner.unitCode";
    public static final String YEAR = "innovation.year";

    @Id
    private String id;

    private Innovation innovation;

    protected InnovationDocument() {
    }

    public InnovationDocument(Innovation innovation) {
        this.id = innovation.id();
        this.innovation = innovation;
    }

    public String getId() {
        return id;
    }

    public Innovation getInnovation() {
        return innovation;
    }
}
