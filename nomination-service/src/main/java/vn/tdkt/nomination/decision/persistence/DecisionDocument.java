package vn.tdkt.nomination.decision.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code decisions}: one document per decision (or forwarded tờ trình), wrapping the aggregate. */
@Document(DecisionDocument.COLLECTION)
public class DecisionDocument extends AggregateDocument<Decision> {

    public static final String COLLECTION = "decisions";
    static final String STATUS = path("status");
    static final String DATE = path("act.date");
    static final String SUBMISSION_DATE = path("submission.date");
    static final String REGISTERED_AT = path("registeredAt");
    static final String PREPARED_AT = path("preparedAt");
    static final String DOSSIERS = path("awardees.dossierId");
    static final String UNITS = path("awardees.unitCode");
    static final String SUBJECT_UNITS = path("awardees.subject.unitCode");
}
