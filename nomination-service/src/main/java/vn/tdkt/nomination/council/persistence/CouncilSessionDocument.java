package vn.tdkt.nomination.council.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.platform.outbox.AggregateDocument;

/**
 * Collection {@code council_sessions}: one document per session (agenda, recusals, attendance, written votes, the
 * tally once closed). It never holds a ballot cast at the meeting: see {@link BallotBoxStore} and
 * {@link VoterRollStore}.
 */
@Document(CouncilSessionDocument.COLLECTION)
public class CouncilSessionDocument extends AggregateDocument {

    public static final String COLLECTION = "council_sessions";
    public static final String COUNCIL = "session.councilId";
    public static final String STATUS = "session.status";
    public static final String STARTS_AT = "session.startsAt";
    public static final String MEMBER_IDS = "session.members.memberId";
    public static final String AGENDA_DOSSIERS = "session.agenda.dossierId";
    public static final String CLOSED_AT = "session.closedAt";
    public static final String AUDIT_RECORDED = "session.auditRecorded";

    @Id
    private String id;

    private CouncilSession session;

    protected CouncilSessionDocument() {
    }

    public CouncilSessionDocument(CouncilSession session) {
        this.id = session.id();
        this.session = session;
    }

    public CouncilSession getSession() {
        return session;
    }
}
