package vn.tdkt.notification.escalation.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.notification.escalation.domain.EscalationCase;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code escalations}: one case per task or report duty ({@code task:<id>}, {@code report:<id>}). */
@Document(EscalationDocument.COLLECTION)
public class EscalationDocument extends AggregateDocument<EscalationCase> {

    public static final String COLLECTION = "escalations";
    static final String STATUS = path("status");
    static final String NEXT_STEP = path("nextStepAt");
}
