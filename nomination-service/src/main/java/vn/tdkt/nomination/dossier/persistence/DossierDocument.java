package vn.tdkt.nomination.dossier.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code dossiers}: one document per dossier, wrapping the aggregate, with its pending events. */
@Document(DossierDocument.COLLECTION)
public class DossierDocument extends AggregateDocument<Dossier> {

    public static final String COLLECTION = "dossiers";
    static final String UNIT = path("unitCode");
    static final String STATUS = path("status");
    static final String BATCH = path("batchId");
    static final String IMPORT = path("importId");
    static final String YEAR = path("content.proposal.year");
    static final String AWARD = path("content.proposal.awardCode");
    static final String MOVEMENT = path("content.proposal.movementId");
    static final String ACHIEVEMENT_ID = path("content.achievement.achievementId");
    static final String INNOVATIONS = path("content.achievement.innovationIds");
    static final String NATIONAL_ID = path("content.subject.nationalId");
    static final String NAME_KEY = path("content.subject.nameKey");
    static final String BIRTH = path("content.subject.dateOfBirth");
    static final String SUBJECT_UNIT = path("content.subject.unitCode");
    static final String ASSIGNEE = path("assignee");
    static final String NEXT_SLA_CHECK = path("nextSlaCheck");
}
