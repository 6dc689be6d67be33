package vn.tdkt.nomination.council.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.platform.outbox.AggregateDocument;

/**
 * Collection {@code council_sessions}: one document per session (agenda, recusals, attendance, written votes, the
 * tally once closed). It never holds a ballot cast at the meeting: see {@link BallotBoxStore} and
 * {@link VoterRollStore}.
 */
@Document(CouncilSessionDocument.COLLECTION)
public class CouncilSessionDocument extends AggregateDocument<CouncilSession> {

    public static final String COLLECTION = "council_sessions";
    static final String COUNCIL = path("councilId");
    static final String COUNCIL_LEVEL = path("councilLevel");
    static final String STATUS = path("status");
    static final String STARTS_AT = path("startsAt");
    static final String MEMBER_IDS = path("members.memberId");
    static final String AGENDA_DOSSIERS = path("agenda.dossierId");
    static final String CLOSED_AT = path("closedAt");
    static final String AUDIT_RECORDED = path("auditRecorded");
}
