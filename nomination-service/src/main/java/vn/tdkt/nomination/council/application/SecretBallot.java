package vn.tdkt.nomination.council.application;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.council.domain.AgendaItem;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.nomination.council.domain.BallotCount;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.nomination.council.persistence.BallotBoxStore;
import vn.tdkt.nomination.council.persistence.VoterRollStore;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * The secret ballot (bỏ phiếu kín): who voted and how they voted are stored apart, so that nobody — an officer, an
 * API client, or someone reading the database with full access — can link a member to a vote.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>The voter roll</b> ({@link VoterRollStore}, {@code council_voter_roll}) says WHO voted on an item:
 *       {@code {_id: session|item|member, sessionId, dossierId, memberId, channel}}. Its natural key makes a second
 *       vote a duplicate key, so double voting is refused by the database itself, however many requests race. It
 *       holds no time and no reference to a ballot.</li>
 *   <li><b>The ballot box</b> ({@link BallotBoxStore}, {@code council_ballots}) says HOW: ballot papers
 *       {@code {_id, sessionId, dossierId, choice}}, nothing else — no member, no time, no id shared with the roll.
 *       {@code _id} is 128 random bits (not a UUIDv7, whose first bits are a timestamp).</li>
 *   <li><b>The papers are laid out before anyone votes.</b> When the ballot opens, one blank paper per member who may
 *       vote on each item (present, not recused) is written in a single bulk insert, sorted by random id. Their
 *       positions — on disk, in natural order and by id — are fixed then, so no order in the box can follow the
 *       order in which members voted.</li>
 *   <li><b>A vote marks a blank paper chosen uniformly at random</b> ({@link SecureRandom}) among the item's blank
 *       papers (an update in place, conditional on the paper still being blank). Which paper a member marks is thus
 *       independent of the member and of the time: the box after the ballot is the same random arrangement whoever
 *       cast which choice.</li>
 *   <li>Order of writes: the member is entered on the roll first (the duplicate key stops a second vote), then a
 *       paper is marked. If marking fails the entry is withdrawn, so a refused cast leaves nothing. A process that
 *       dies between the two writes leaves a roll entry without a paper: it can never add a vote, and the tally
 *       reports it ({@code missingBallots}) in the minutes.</li>
 *   <li>Closing first seals the box (the blank papers are removed, so no later vote can be marked), then counts
 *       it: a vote racing the close is either in the box and counted, or refused and taken off the roll.</li>
 *   <li>The tally is computed only when the ballot closes; no count is visible while members vote, so watching the
 *       API cannot link a change in the counts to the member who just voted. Closing appends each marked paper to
 *       the audit chain by its random id (kind {@code BALLOT}: session, item, choice) and then the tally, never a
 *       member.</li>
 *   <li>Absent members' written votes (R-VOTE-02) are signed documents, not secret by nature: the session records
 *       them with the member, the choices and the file, and the roll lists them with channel {@code WRITTEN}.</li>
 * </ul>
 *
 * <p>What this does not cover, said plainly: MongoDB's own operation log (oplog, on a replica set) and server logs
 * record writes in time order; someone reading them, or watching the database live while members vote, can
 * correlate a roll insert with the paper update that follows it. Protecting against that needs access control on
 * the database's logs, not the schema.
 */
@Service
@RequiredArgsConstructor
public class SecretBallot {

    private static final int ATTEMPTS = 50;

    private final SecureRandom random = new SecureRandom();
    private final VoterRollStore roll;
    private final BallotBoxStore box;

    /** Lays out the blank papers of a session whose ballot is about to open. */
    void layOut(CouncilSession session) {
        Map<String, Integer> papers = new LinkedHashMap<>();
        for (AgendaItem item : session.agenda()) {
            papers.put(item.dossierId(), session.eligibleVoters(item.dossierId()).size());
        }
        box.layOut(session.id(), papers);
    }

    /**
     * Casts {@code memberId}'s ballot on the item. The session has checked that the member may vote on it.
     *
     * @throws DomainException CONFLICT {@code council.ballot.already-voted} when the member is on the roll already
     */
    void cast(CouncilSession session, String memberId, String dossierId, BallotChoice choice) {
        session.requireMayCast(memberId, dossierId);
        if (!roll.enter(session.id(), dossierId, memberId, VoterRollStore.Channel.IN_PERSON)) {
            throw DomainException.conflict("council.ballot.already-voted", session.item(dossierId).subjectName());
        }
        try {
            markRandomBlank(session.id(), dossierId, choice);
        } catch (RuntimeException failed) {
            roll.withdraw(session.id(), dossierId, memberId);
            throw failed;
        }
    }

    private void markRandomBlank(String sessionId, String dossierId, BallotChoice choice) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> blanks = box.blanks(sessionId, dossierId);
            if (blanks.isEmpty()) {
                // the box was sealed: the ballot closed while this vote was on its way
                throw DomainException.conflict("council.ballot.not-open", SessionStatus.CLOSED);
            }
            if (box.fill(blanks.get(random.nextInt(blanks.size())), choice)) {
                return;
            }
            // another member marked that paper a moment ago: draw again among those still blank
        }
        throw DomainException.conflict("council.ballot.busy");
    }

    /** Seals the box before counting: no ballot can be cast after this returns (see {@link BallotBoxStore#seal}). */
    void seal(String sessionId) {
        box.seal(sessionId);
    }

    /** Enters an absent member's written vote on the roll (channel WRITTEN), for turnout and against a second vote. */
    void enterWritten(String sessionId, String memberId, Set<String> dossierIds) {
        for (String dossierId : dossierIds) {
            roll.enter(sessionId, dossierId, memberId, VoterRollStore.Channel.WRITTEN);
        }
    }

    /** What the box holds per item, with the roll's count of in-person voters. */
    List<BallotCount> count(CouncilSession session) {
        List<BallotCount> counts = new ArrayList<>();
        for (AgendaItem item : session.agenda()) {
            Map<BallotChoice, Integer> marked = box.count(session.id(), item.dossierId());
            counts.add(new BallotCount(item.dossierId(), marked.get(BallotChoice.APPROVE),
                    marked.get(BallotChoice.REJECT), marked.get(BallotChoice.ABSTAIN),
                    roll.voters(session.id(), item.dossierId(), VoterRollStore.Channel.IN_PERSON)));
        }
        return counts;
    }

    /** The items the member is on the roll for. */
    Set<String> itemsVotedBy(String sessionId, String memberId) {
        return roll.itemsVotedBy(sessionId, memberId);
    }

    List<VoterRollStore.Entry> rollOf(String sessionId) {
        return roll.of(sessionId);
    }

    /** Every marked paper, in the order of its random id. */
    List<BallotBoxStore.Ballot> markedPapers(String sessionId) {
        return box.marked(sessionId);
    }
}
