package vn.tdkt.nomination.decision.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code decisions}: one document per decision (or forwarded tờ trình), wrapping the aggregate. */
@Document(DecisionDocument.COLLECTION)
public class DecisionDocument extends AggregateDocument {

    public static final String COLLECTION = "decisions";
    public static final String STATUS = "decision.status";
    public static final String DATE = "decision.act.date";
    public static final String SUBMISSION_DATE = "decision.submission.date";
    public static final String REGISTERED_AT = "decision.registeredAt";
    public static final String PREPARED_AT = "decision.preparedAt";
    public static final String DOSSIERS = "decision.awardees.dossierId";
    public static final String UNITS = "decision.awardees.unitCode";
    public static final String SUBJECT_UNITS = "decision.awardees.subject.unitCode";

    @Id
    private String id;

    private Decision decision;

    protected DecisionDocument() {
    }

    public DecisionDocument(Decision decision) {
        this.id = decision.id();
        this.decision = decision;
    }

    public String getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }
}
