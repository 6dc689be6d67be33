package vn.tdkt.nomination.facts.innovations.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.innovations.domain.Innovation;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code innovations}: the innovation register (sáng kiến), one document per innovation. */
@Document(InnovationDocument.COLLECTION)
public class InnovationDocument extends AggregateDocument<Innovation> {

    public static final String COLLECTION = "innovations";
    static final String OWNER = path("owner");
    static final String UNIT = path("owner.unitCode");
    static final String YEAR = path("year");
}
