package vn.tdkt.nomination.register.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code award_register}: one document per award, wrapping the aggregate, with its pending events. */
@Document(AwardRecordDocument.COLLECTION)
public class AwardRecordDocument extends AggregateDocument {

    public static final String COLLECTION = "award_register";
    public static final String SUBJECT_TYPE = "award.subject.type";
    public static final String NATIONAL_ID = "award.subject.nationalId";
    public static final String NAME_KEY = "award.subject.nameKey";
    public static final String BIRTH = "award.subject.birthDate";
    public static final String UNIT = "award.subject.unitCode";
    public static final String AWARD = "award.awardCode";
    public static final String YEAR = "award.year";
    public static final String STATUS = "award.status";
    public static final String DOSSIER = "award.dossierId";
    public static final String DECISION_ID = "award.decision.decisionId";
    public static final String DECISION_DATE = "award.decision.date";

    @Id
    private String id;

    private AwardRecord award;

    protected AwardRecordDocument() {
    }

    public AwardRecordDocument(AwardRecord award) {
        this.id = award.id();
        this.award = award;
    }

    public String getId() {
        return id;
    }

    public AwardRecord getAward() {
        return award;
    }
}
