package vn.tdkt.nomination.council.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.contracts.nomination.CouncilSessionEvent;
import vn.tdkt.contracts.nomination.CouncilSessionScheduled;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.nomination.vocabulary.domain.Repeats;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A council session (phiên họp Hội đồng TĐKT): the members in office on its day are invited, its agenda lists
 * appraised dossiers whose award needs a vote, conflicts of interest are recorded as recusals, attendance is taken,
 * and the secret ballot opens only with a quorum (R-MEET-01). Closing the ballot counts every item on the total
 * membership (R-VOTE-02) and publishes {@code council-voted}.
 *
 * <p>The session never holds a ballot cast at the meeting: who voted and how are kept apart by the application layer
 * (voter roll and ballot box, see {@code SecretBallot}); the session receives only the counts when the ballot closes.
 * Absent members' written votes are signed, so the session records them with the member.
 *
 * <pre>
 * SCHEDULED ──openBallot (quorum)──▶ BALLOT_OPEN ──close──▶ CLOSED
 *     └──cancel──▶ CANCELLED
 * </pre>
 */
public final class CouncilSession {

    private String id;
    private String councilId;
    private String councilName;
    private CouncilLevel councilLevel;
    private String councilUnitCode;
    private Instant startsAt;
    private LocalDate sessionDate;
    private String location;
    private String catalogueVersionId;
    private List<SessionMember> members = new ArrayList<>();
    private List<AgendaItem> agenda = new ArrayList<>();
    private List<Recusal> recusals = new ArrayList<>();
    private List<String> present;
    private String attendanceRecordedBy;
    private Instant attendanceRecordedAt;
    private List<WrittenVote> writtenVotes = new ArrayList<>();
    private SessionStatus status;
    private Quorum quorum;
    private String ballotOpenedBy;
    private Instant ballotOpenedAt;
    private String closedBy;
    private Instant closedAt;
    private List<Tally> tallies = new ArrayList<>();
    private boolean auditRecorded;
    private String cancelReason;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    private CouncilSession() {
    }

    /** What the application found about the council for a new session. */
    public record CouncilRef(String id, String name, CouncilLevel level, String unitCode) {
    }

    /**
     * Schedules a session and invites the members in office; the detected conflicts are recorded as recusals.
     *
     * @param sessionDate the day of {@code startsAt} in the province's time zone
     */
    public static Created<CouncilSession, CouncilSessionEvent> schedule(String id, CouncilRef council,
            Instant startsAt, LocalDate sessionDate, String location, String catalogueVersionId,
            List<SessionMember> members, List<AgendaItem> agenda, List<Recusal> recusals, String by, Instant now) {
        if (startsAt == null || sessionDate == null) {
            throw DomainException.invalid("council.session.starts-at-required");
        }
        if (members == null || members.isEmpty()) {
            throw DomainException.conflict("council.session.no-members", council.name(), sessionDate);
        }
        if (agenda == null || agenda.isEmpty()) {
            throw DomainException.invalid("council.session.agenda-required");
        }
        Repeats.refuse(agenda, AgendaItem::dossierId,
                dossier -> DomainException.invalid("council.session.agenda-duplicate", dossier));
        CouncilSession session = new CouncilSession();
        session.id = Objects.requireNonNull(id, "id");
        session.councilId = council.id();
        session.councilName = council.name();
        session.councilLevel = council.level();
        session.councilUnitCode = council.unitCode();
        session.startsAt = startsAt;
        session.sessionDate = sessionDate;
        session.location = location == null || location.isBlank() ? null : location.strip();
        session.catalogueVersionId = catalogueVersionId;
        session.members = new ArrayList<>(members);
        session.agenda = new ArrayList<>(agenda);
        session.recusals = new ArrayList<>(recusals == null ? List.of() : recusals);
        session.status = SessionStatus.SCHEDULED;
        session.createdBy = by;
        session.createdAt = now;
        session.updatedAt = now;
        CouncilSessionScheduled scheduled = new CouncilSessionScheduled(id, council.id(), council.name(), startsAt,
                session.location,
                members.stream().map(m -> new CouncilSessionScheduled.Invitee(m.memberId(), m.name(), m.role().name(),
                        m.unitCode(), m.email())).toList(),
                agenda.stream().map(i -> new CouncilSessionScheduled.AgendaItem(i.dossierId(), i.subjectName(),
                        i.awardCode())).toList());
        return new Created<>(session, List.of(scheduled));
    }

    /** Who is present (the others are absent); may be corrected until the ballot opens. */
    public List<CouncilSessionEvent> recordAttendance(List<String> presentMembers, String by, Instant now) {
        requireStatus(SessionAction.ATTENDANCE, SessionStatus.SCHEDULED);
        Set<String> ids = new LinkedHashSet<>(presentMembers == null ? List.of() : presentMembers);
        for (String memberId : ids) {
            requireMember(memberId);
            if (writtenVoteOf(memberId).isPresent()) {
                throw DomainException.conflict("council.attendance.written-vote-from-present", memberName(memberId));
            }
        }
        present = new ArrayList<>(ids);
        attendanceRecordedBy = by;
        attendanceRecordedAt = now;
        updatedAt = now;
        return List.of();
    }

    /** A recusal declared at the meeting (detected conflicts are recorded at scheduling). */
    public List<CouncilSessionEvent> recuse(String memberId, String dossierId, String note, String by, Instant now) {
        requireStatus(SessionAction.RECUSAL, SessionStatus.SCHEDULED);
        requireMember(memberId);
        requireItem(dossierId);
        if (isRecused(memberId, dossierId)) {
            throw DomainException.conflict("council.recusal.exists", memberName(memberId));
        }
        if (writtenVoteOf(memberId).flatMap(v -> v.on(dossierId)).isPresent()) {
            throw DomainException.conflict("council.recusal.written-vote-cast", memberName(memberId));
        }
        recusals.add(new Recusal(memberId, dossierId, ConflictReason.DECLARED_AT_MEETING,
                note == null || note.isBlank() ? null : note.strip(), false, by, now));
        updatedAt = now;
        return List.of();
    }

    /**
     * An absent member's written vote with its signed document (R-VOTE-02). The member may not be among those
     * present, may give it once, and only on items they are not recused from.
     */
    public List<CouncilSessionEvent> recordWrittenVote(WrittenVote vote, Instant now) {
        requireStatus(SessionAction.WRITTEN_VOTE, SessionStatus.SCHEDULED, SessionStatus.BALLOT_OPEN);
        requireMember(vote.memberId());
        if (isPresent(vote.memberId())) {
            throw DomainException.conflict("council.written-vote.member-present", memberName(vote.memberId()));
        }
        if (writtenVoteOf(vote.memberId()).isPresent()) {
            throw DomainException.conflict("council.written-vote.exists", memberName(vote.memberId()));
        }
        if (vote.choices().isEmpty()) {
            throw DomainException.invalid("council.written-vote.choices-required");
        }
        Set<String> items = new HashSet<>();
        for (WrittenVote.Choice choice : vote.choices()) {
            requireItem(choice.dossierId());
            if (choice.choice() == null) {
                throw DomainException.invalid("council.written-vote.choices-required");
            }
            if (!items.add(choice.dossierId())) {
                throw DomainException.invalid("council.written-vote.duplicate-item", choice.dossierId());
            }
            if (isRecused(vote.memberId(), choice.dossierId())) {
                throw DomainException.conflict("council.ballot.recused", memberName(vote.memberId()),
                        item(choice.dossierId()).subjectName());
            }
        }
        writtenVotes.add(vote);
        updatedAt = now;
        return List.of();
    }

    /**
     * Opens the secret ballot if a quorum is present (R-MEET-01): {@code required} of the total membership.
     *
     * @throws DomainException CONFLICT {@code council.quorum-not-met} with present, total, required and the share
     */
    public List<CouncilSessionEvent> openBallot(Share required, String by, Instant now) {
        requireStatus(SessionAction.OPEN_BALLOT, SessionStatus.SCHEDULED);
        if (present == null) {
            throw DomainException.conflict("council.attendance.not-recorded");
        }
        Quorum counted = Quorum.of(required, members.size(), present.size());
        if (!counted.met()) {
            throw DomainException.conflict("council.quorum-not-met", counted.present(), counted.totalMembers(),
                    counted.requiredPresent(), counted.share());
        }
        quorum = counted;
        status = SessionStatus.BALLOT_OPEN;
        ballotOpenedBy = by;
        ballotOpenedAt = now;
        updatedAt = now;
        return List.of();
    }

    /**
     * Closes the ballot with what the box holds per item and publishes the tally, counted on the total membership.
     */
    public List<CouncilSessionEvent> close(List<BallotCount> box, String by, Instant now) {
        requireStatus(SessionAction.CLOSE_BALLOT, SessionStatus.BALLOT_OPEN);
        Map<String, BallotCount> byItem = box.stream()
                .collect(Collectors.toMap(BallotCount::dossierId, Function.identity(), (a, b) -> a));
        List<Tally> counted = new ArrayList<>();
        for (AgendaItem item : agenda) {
            BallotCount inPerson = byItem.getOrDefault(item.dossierId(),
                    new BallotCount(item.dossierId(), 0, 0, 0, 0));
            int[] written = new int[BallotChoice.values().length];
            for (WrittenVote vote : writtenVotes) {
                vote.on(item.dossierId()).ifPresent(choice -> written[choice.ordinal()]++);
            }
            counted.add(Tally.count(item, members.size(), present.size(), recusedFrom(item.dossierId()).size(),
                    eligibleVoters(item.dossierId()).size(), inPerson, written[BallotChoice.APPROVE.ordinal()],
                    written[BallotChoice.REJECT.ordinal()], written[BallotChoice.ABSTAIN.ordinal()]));
        }
        tallies = counted;
        status = SessionStatus.CLOSED;
        closedBy = by;
        closedAt = now;
        updatedAt = now;
        return List.of(new CouncilVoted(id, councilId, now, counted.stream()
                .map(t -> new CouncilVoted.Tally(t.dossierId(), t.awardCode(), t.approvals(), t.rejections(),
                        t.abstentions(), t.totalMembers(), t.thresholdPercent(), t.passed()))
                .toList()));
    }

    public List<CouncilSessionEvent> cancel(String reason, String by, Instant now) {
        requireStatus(SessionAction.CANCEL, SessionStatus.SCHEDULED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("council.session.cancel-reason-required");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
        closedBy = by;
        closedAt = now;
        updatedAt = now;
        return List.of();
    }

    /** The ballots and the tally are in the audit chain. */
    public List<CouncilSessionEvent> markAuditRecorded() {
        auditRecorded = true;
        return List.of();
    }

    /**
     * Whether {@code memberId} may cast a ballot on the item now: the ballot is open, the member is present and not
     * recused from it. (Whether they already voted is the voter roll's to say.)
     */
    public void requireMayCast(String memberId, String dossierId) {
        if (status != SessionStatus.BALLOT_OPEN) {
            throw DomainException.conflict("council.ballot.not-open", status);
        }
        AgendaItem item = requireItem(dossierId);
        if (!isPresent(memberId)) {
            throw DomainException.conflict("council.ballot.not-present");
        }
        if (isRecused(memberId, dossierId)) {
            throw DomainException.conflict("council.ballot.recused", memberName(memberId), item.subjectName());
        }
    }

    /** Members present and not recused from the item: those who may vote on it at the meeting. */
    public List<String> eligibleVoters(String dossierId) {
        if (present == null) {
            return List.of();
        }
        return present.stream().filter(m -> !isRecused(m, dossierId)).toList();
    }

    public List<Recusal> recusedFrom(String dossierId) {
        return recusals.stream().filter(r -> r.dossierId().equals(dossierId)).toList();
    }

    public boolean isMember(String memberId) {
        return members.stream().anyMatch(m -> m.memberId().equals(memberId));
    }

    public boolean isPresent(String memberId) {
        return present != null && present.contains(memberId);
    }

    public boolean isRecused(String memberId, String dossierId) {
        return recusals.stream().anyMatch(r -> r.memberId().equals(memberId) && r.dossierId().equals(dossierId));
    }

    public Optional<Recusal> recusal(String memberId, String dossierId) {
        return recusals.stream().filter(r -> r.memberId().equals(memberId) && r.dossierId().equals(dossierId))
                .findFirst();
    }

    public Optional<WrittenVote> writtenVoteOf(String memberId) {
        return writtenVotes.stream().filter(v -> v.memberId().equals(memberId)).findFirst();
    }

    public Optional<SessionMember> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    public Optional<Tally> tally(String dossierId) {
        return tallies.stream().filter(t -> t.dossierId().equals(dossierId)).findFirst();
    }

    public AgendaItem item(String dossierId) {
        return requireItem(dossierId);
    }

    private AgendaItem requireItem(String dossierId) {
        return agenda.stream().filter(i -> i.dossierId().equals(dossierId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("council.session.item-not-found", dossierId));
    }

    private void requireMember(String memberId) {
        if (!isMember(memberId)) {
            throw DomainException.invalid("council.session.not-a-member", memberId);
        }
    }

    private String memberName(String memberId) {
        return member(memberId).map(SessionMember::name).orElse(memberId);
    }

    private void requireStatus(SessionAction action, SessionStatus... allowed) {
        for (SessionStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw DomainException.conflict("council.session.illegal-state", action, status);
    }

    // @formatter:off
    public String id() { return id; }
    public String councilId() { return councilId; }
    public String councilName() { return councilName; }
    public CouncilLevel councilLevel() { return councilLevel; }
    public String councilUnitCode() { return councilUnitCode; }
    public Instant startsAt() { return startsAt; }
    public LocalDate sessionDate() { return sessionDate; }
    public String location() { return location; }
    public String catalogueVersionId() { return catalogueVersionId; }
    public List<SessionMember> members() { return List.copyOf(members); }
    public List<AgendaItem> agenda() { return List.copyOf(agenda); }
    public List<Recusal> recusals() { return List.copyOf(recusals); }
    public Optional<List<String>> present() { return Optional.ofNullable(present).map(List::copyOf); }
    public String attendanceRecordedBy() { return attendanceRecordedBy; }
    public Instant attendanceRecordedAt() { return attendanceRecordedAt; }
    public List<WrittenVote> writtenVotes() { return List.copyOf(writtenVotes); }
    public SessionStatus status() { return status; }
    public Quorum quorum() { return quorum; }
    public String ballotOpenedBy() { return ballotOpenedBy; }
    public Instant ballotOpenedAt() { return ballotOpenedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public List<Tally> tallies() { return List.copyOf(tallies); }
    public boolean auditRecorded() { return auditRecorded; }
    public String cancelReason() { return cancelReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int totalMembers() { return members.size(); }
    // @formatter:on
}
