package vn.tdkt.notification.escalation.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.escalation.domain.EscalationCase;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code escalations}: one case per task or report duty ({@code task:<id>}, {@code report:<id>}). */
@Document(EscalationDocument.COLLECTION)
public class EscalationDocument extends AggregateDocument {

    public static final String COLLECTION = "escalations";
    static final String STATUS = "escalation.status";
    static final String NEXT_STEP = "escalation.nextStepAt";

    @Id
    private String id;

    private EscalationCase escalation;

    protected EscalationDocument() {
    }

    public EscalationDocument(EscalationCase escalation) {
        this.id = escalation.id();
        this.escalation = escalation;
    }

    public EscalationCase getEscalation() {
        return escalation;
    }
}
