package vn.tdkt.nomination.register.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code award_register}: one document per award, wrapping the aggregate, with its pending events. */
@Document(AwardRecordDocument.COLLECTION)
public class AwardRecordDocument extends AggregateDocument<AwardRecord> {

    public static final String COLLECTION = "award_register";
    public static final String SUBJECT_TYPE = path("subject.type");
    public static final String NATIONAL_ID = path("subject.nationalId");
    public static final String NAME_KEY = path("subject.nameKey");
    public static final String BIRTH = path("subject.birthDate");
    public static final String UNIT = path("subject.unitCode");
    public static final String AWARD = path("awardCode");
    public static final String YEAR = path("year");
    public static final String STATUS = path("status");
    public static final String DOSSIER = path("dossierId");
    public static final String DECISION_ID = path("decision.decisionId");
    public static final String DECISION_DATE = path("decision.date");
}
