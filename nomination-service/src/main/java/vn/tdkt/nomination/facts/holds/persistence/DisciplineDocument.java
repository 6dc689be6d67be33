package vn.tdkt.nomination.facts.holds.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code disciplines}: one document per discipline, with its subject's folded key for matching. */
@Document(DisciplineDocument.COLLECTION)
public class DisciplineDocument extends AggregateDocument<Discipline> {

    public static final String COLLECTION = "disciplines";
    static final String SUBJECT = path("subject");
    static final String UNIT = path("subject.unitCode");
}
