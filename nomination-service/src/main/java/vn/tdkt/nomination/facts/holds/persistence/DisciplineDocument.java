package vn.tdkt.nomination.facts.holds.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.facts.holds.domain.Discipline;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code disciplines}: one document per discipline, with its subject's folded key for matching. */
@Document(DisciplineDocument.COLLECTION)
public class DisciplineDocument extends AggregateDocument {

    public static final String COLLECTION = "disciplines";
    public static final String SUBJECT = "discipline.subject";
    public static final String UNIT = "discipline.subject.unitCode";

    @Id
    private String id;

    private Discipline discipline;

    protected DisciplineDocument() {
    }

    public DisciplineDocument(Discipline discipline) {
        this.id = discipline.id();
        this.discipline = discipline;
    }

    public String getId() {
        return id;
    }

    public Discipline getDiscipline() {
        return discipline;
    }
}
