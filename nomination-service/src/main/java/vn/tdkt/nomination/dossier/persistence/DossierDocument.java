package vn.tdkt.nomination.dossier.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code dossiers}: one document per dossier, wrapping the aggregate, with its pending events. */
@Document(DossierDocument.COLLECTION)
public class DossierDocument extends AggregateDocument<Dossier> {

    public static final String COLLECTION = "dossiers";
    public static final String UNIT = path("unitCode");
    public static final String STATUS = path("status");
    public static final String BATCH = path("batchId");
    public static final String IMPORT = path("importId");
    public static final String YEAR = path("content.proposal.year");
    public static final String AWARD = path("content.proposal.awardCode");
    public static final String MOVEMENT = path("content.proposal.movementId");
    public static final String ACHIEVEMENT_ID = path("content.achievement.achievementId");
    public static final String INNOVATIONS = path("content.achievement.innovationIds");
    public static final String NATIONAL_ID = path("content.subject.nationalId");
    public static final String NAME_KEY = path("content.subject.nameKey");
    public static final String BIRTH = path("content.subject.dateOfBirth");
    public static final String SUBJECT_UNIT = path("content.subject.unitCode");
    public static final String ASSIGNEE = path("assignee");
    public static final String NEXT_SLA_CHECK = path("nextSlaCheck");
}
