package vn.tdkt.nomination.register.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code award_register}: one document per award, wrapping the aggregate, with its pending events. */
@Document(AwardRecordDocument.COLLECTION)
public class AwardRecordDocument extends AggregateDocument<AwardRecord> {

    public static final String COLLECTION = "award_register";
    static final String SUBJECT_TYPE = path("subject.type");
    static final String NATIONAL_ID = path("subject.nationalId");
    static final String NAME_KEY = path("subject.nameKey");
    static final String BIRTH = path("subject.birthDate");
    static final String UNIT = path("subject.unitCode");
    static final String AWARD = path("awardCode");
    static final String YEAR = path("year");
    static final String STATUS = path("status");
    static final String DOSSIER = path("dossierId");
    static final String DECISION_ID = path("decision.decisionId");
    static final String DECISION_DATE = path("decision.date");
}
