package vn.tdkt.nomination.council.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.audit.application.AuditLog;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.Tally;
import vn.tdkt.nomination.council.domain.WrittenVote;
import vn.tdkt.nomination.council.persistence.BallotBoxStore;
import vn.tdkt.nomination.council.persistence.CouncilSessionStore;
import vn.tdkt.platform.domain.VersionPrecondition;
import lombok.RequiredArgsConstructor;

/**
 * Appends a closed session's ballots and tally to the audit chain, after the session is saved as closed: each marked
 * paper by its random id (session, item, choice — never a member), each written vote's choices, then each item's
 * tally. Every entry's reference is the fact's own id, so running this again after an interruption adds only what is
 * missing; the session is then marked as recorded, and a scheduled pass finishes any session left unmarked.
 */
@Service
@RequiredArgsConstructor
public class SessionAudit {

    private static final Logger log = LoggerFactory.getLogger(SessionAudit.class);

    private final AuditLog audit;
    private final SecretBallot ballot;
    private final CouncilSessionStore sessions;

    /** Records the session's ballots and tally; a failure is logged and left to {@link #finishPending()}. */
    void recordQuietly(CouncilSession session) {
        try {
            record(session);
        } catch (RuntimeException e) {
            log.warn("Session {} is closed but not yet fully in the audit chain ({}); the scheduled pass finishes it",
                    session.id(), e.toString());
        }
    }

    void record(CouncilSession session) {
        for (BallotBoxStore.Ballot paper : ballot.markedPapers(session.id())) {
            appendBallot(session, "ballot:" + paper.id(), paper.dossierId(), paper.choice(), "IN_PERSON");
        }
        for (WrittenVote vote : session.writtenVotes()) {
            // a written vote is signed by its member, hence attributable by nature; the chain still names no member
            for (WrittenVote.Choice choice : vote.choices()) {
                appendBallot(session, "written-vote:" + vote.id() + ":" + choice.dossierId(), choice.dossierId(),
                        choice.choice(), "WRITTEN");
            }
        }
        for (Tally tally : session.tallies()) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("sessionId", session.id());
            facts.put("councilId", session.councilId());
            facts.put("dossierId", tally.dossierId());
            facts.put("awardCode", tally.awardCode());
            facts.put("totalMembers", tally.totalMembers());
            facts.put("present", tally.present());
            facts.put("recused", tally.recused());
            facts.put("inPerson", tally.inPerson());
            facts.put("written", tally.written());
            facts.put("approvals", tally.approvals());
            facts.put("rejections", tally.rejections());
            facts.put("abstentions", tally.abstentions());
            facts.put("threshold", tally.threshold().toPlainString());
            facts.put("passed", tally.passed());
            audit.append(AuditLog.COUNCIL_TALLY, session.id(), "tally:" + session.id() + ":" + tally.dossierId(),
                    facts);
        }
        sessions.update(session.id(), VersionPrecondition.none(), CouncilSession::markAuditRecorded);
    }

    /** One ballot, cast in person or in writing, as the chain keeps it: what was chosen on which item, never by whom. */
    private void appendBallot(CouncilSession session, String reference, String dossierId, BallotChoice choice,
            String channel) {
        audit.append(AuditLog.BALLOT, session.id(), reference, Map.of("sessionId", session.id(),
                "dossierId", dossierId, "choice", choice.name(), "channel", channel));
    }

    /** Finishes the sessions closed while the audit chain could not be written. */
    public int finishPending() {
        int finished = 0;
        for (String id : sessions.closedWithoutAudit()) {
            sessions.find(id).ifPresent(s -> record(s.value()));
            finished++;
        }
        return finished;
    }
}
