package vn.tdkt.nomination.dossier.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code dossiers}: one document per dossier, wrapping the aggregate, with its pending events. */
@Document(DossierDocument.COLLECTION)
public class DossierDocument extends AggregateDocument {

    public static final String COLLECTION = "dossiers";
    public static final String UNIT = "dossier.unitCode";
    public static final String STATUS = "dossier.status";
    public static final String BATCH = "dossier.batchId";
    public static final String IMPORT = "dossier.importId";
    public static final String YEAR = "dossier.content.proposal.year";
    public static final String AWARD = "dossier.content.proposal.awardCode";
    public static final String MOVEMENT = "dossier.content.proposal.movementId";
    public static final String ACHIEVEMENT_ID = "dossier.content.achievement.achievementId";
    public static final String INNOVATIONS = "dossier.content.achievement.innovationIds";
    public static final String NATIONAL_ID = "dossier.content.subject.nationalId";
    public static final String NAME_KEY = "dossier.content.subject.nameKey";
    public static final String BIRTH = "dossier.content.subject.dateOfBirth";
    public static final String SUBJECT_UNIT = "dossier.content.subject.unitCode";
    public static final String ASSIGNEE = "dossier.assignee";
    public static final String NEXT_SLA_CHECK = "dossier.nextSlaCheck";

    @Id
    private String id;

    private Dossier dossier;

    protected DossierDocument() {
    }

    public DossierDocument(Dossier dossier) {
        this.id = dossier.id();
        this.dossier = dossier;
    }

    public String getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }
}
