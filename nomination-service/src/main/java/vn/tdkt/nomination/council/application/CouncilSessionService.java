package vn.tdkt.nomination.council.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.application.CatalogueVersionView;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.council.domain.AgendaItem;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.nomination.council.domain.ConflictsOfInterest;
import vn.tdkt.nomination.council.domain.Council;
import vn.tdkt.nomination.council.domain.CouncilLevel;
import vn.tdkt.nomination.council.domain.CouncilMember;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.Nominee;
import vn.tdkt.nomination.council.domain.PersonKey;
import vn.tdkt.nomination.council.domain.SessionMember;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.nomination.council.domain.Share;
import vn.tdkt.nomination.council.domain.StoredFile;
import vn.tdkt.nomination.council.domain.WrittenVote;
import vn.tdkt.nomination.council.persistence.CouncilFileStore;
import vn.tdkt.nomination.council.persistence.CouncilSessionStore;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.application.LocalizedDomainErrors;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.FileType;
import vn.tdkt.nomination.dossier.domain.Subject;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Council sessions: scheduling with the agenda and the invitations ({@code council-session-scheduled}), conflicts of
 * interest, attendance, written votes of absent members, the quorum check that opens the secret ballot (R-MEET-01),
 * the members' ballots ({@link SecretBallot}) and the close that counts the tally on the total membership
 * (R-VOTE-02, {@code council-voted}) and appends ballots and tally to the audit chain.
 *
 * <p>The agenda holds appraised-eligible dossiers whose award needs a council vote in the catalogue version in force
 * on the session's day (R-VOTE-01), read through the dossier feature's application service; a dossier is on one open
 * session at a time, and a unit's council votes only on its own unit's dossiers.
 */
@Service
@RequiredArgsConstructor
public class CouncilSessionService {

    /** How many sessions the voting page lists. */
    static final int MY_SESSIONS = 20;

    private final CouncilSessionStore store;
    private final CouncilService councils;
    private final DossierService dossiers;
    private final CatalogueService catalogue;
    private final SecretBallot ballot;
    private final SessionAudit audit;
    private final CouncilFileStore files;
    private final CouncilProperties properties;
    private final Clock clock;

    // ------------------------------------------------------------------------------------------------- scheduling

    /**
     * Schedules a session of a council the caller manages, with the dossiers to vote on; invites the members in office
     * on the session's day and records the conflicts of interest it detects as recusals.
     */
    public Versioned<CouncilSession> schedule(TdktPrincipal caller, String councilId, Instant startsAt,
            String location, List<String> dossierIds) {
        Council council = councils.get(caller, councilId).value();
        CouncilAccess.requireManager(caller, council.level(), council.unitCode());
        if (startsAt == null) {
            throw DomainException.invalid("council.session.starts-at-required");
        }
        LocalDate day = LocalDate.ofInstant(startsAt, clock.getZone());
        if (day.isBefore(LocalDate.now(clock))) {
            throw DomainException.invalid("council.session.in-the-past", day);
        }
        if (dossierIds == null || dossierIds.isEmpty()) {
            throw DomainException.invalid("council.session.agenda-required");
        }
        Set<String> ids = new LinkedHashSet<>(dossierIds);
        if (ids.size() != dossierIds.size()) {
            throw DomainException.invalid("council.session.agenda-duplicate", dossierIds);
        }
        CatalogueVersionView version = catalogue.versionOn(day);
        Map<String, Dossier> found = dossiers.findAll(ids).stream()
                .collect(Collectors.toMap(Dossier::id, d -> d));
        List<AgendaItem> agenda = new ArrayList<>();
        List<Nominee> nominees = new ArrayList<>();
        for (String id : ids) {
            Dossier dossier = found.get(id);
            if (dossier == null) {
                throw DomainException.notFound("dossier.not-found", id);
            }
            agenda.add(agendaItem(council, dossier, version));
            nominees.add(nominee(dossier));
        }
        List<CouncilMember> inOffice = council.membersOn(day);
        Instant now = clock.instant();
        return store.insert(LocalizedDomainErrors.call(() -> CouncilSession.schedule(Ids.newId(clock),
                new CouncilSession.CouncilRef(council.id(), council.name(), council.level(), council.unitCode()),
                startsAt, day, location, version.version().id(), inOffice.stream().map(SessionMember::of).toList(),
                agenda, ConflictsOfInterest.detect(council.level(), inOffice, nominees, now), caller.subject(), now)));
    }

    private AgendaItem agendaItem(Council council, Dossier dossier, CatalogueVersionView version) {
        String subject = dossier.subject().name();
        if (dossier.status() != DossierStatus.APPRAISED_ELIGIBLE) {
            throw LocalizedDomainErrors.localized(DomainException.conflict("council.session.dossier-not-eligible",
                    subject, dossier.status()));
        }
        if (council.level() == CouncilLevel.UNIT && !council.unitCode().equals(dossier.unitCode())) {
            throw DomainException.conflict("council.session.dossier-other-unit", subject, council.unitCode());
        }
        AwardForm award = version.version().catalogue().find(dossier.proposal().awardCode())
                .orElseThrow(() -> DomainException.invalid("award.unknown", dossier.proposal().awardCode()));
        if (!award.vote().required()) {
            throw DomainException.conflict("council.session.no-vote-required", subject, award.name());
        }
        if (!store.pendingWith(dossier.id()).isEmpty()) {
            throw DomainException.conflict("council.session.dossier-on-agenda", subject);
        }
        return new AgendaItem(dossier.id(), subject, dossier.subject().type(), dossier.unitCode(), award.code(),
                award.name(), award.vote().threshold(), award.vote().citation());
    }

    private static Nominee nominee(Dossier dossier) {
        Subject subject = dossier.subject();
        PersonKey person = subject.type() == SubjectType.COLLECTIVE ? null
                : PersonKey.of(subject.nationalId(), subject.name(), subject.dateOfBirth());
        Set<String> units = new HashSet<>();
        units.add(dossier.unitCode());
        if (subject.unitCode() != null) {
            units.add(subject.unitCode());
        }
        return new Nominee(dossier.id(), person, units);
    }

    // ------------------------------------------------------------------------------------------------- reading

    public Versioned<CouncilSession> get(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, s -> CouncilAccess.canRead(caller, s));
    }

    /**
     * Sessions the caller may read, latest first: every session for Sở Nội vụ, leaders and administrators; otherwise
     * those of the councils of the caller's own unit (unit officers) and those the caller is invited to.
     */
    public PageResponse<Versioned<CouncilSession>> list(TdktPrincipal caller, String councilId,
            SessionStatus status, PageQuery page) {
        caller.requireSomeRole();
        if (CouncilAccess.readsEveryCouncil(caller)) {
            List<String> councilIds = councilId == null ? null : List.of(councilId);
            return PageResponse.of(store.page(councilIds, null, status, page), page,
                    store.count(councilIds, null, status));
        }
        List<String> ownUnitCouncils = councils.list(caller, CouncilLevel.UNIT, caller.unitCode()).stream()
                .filter(c -> CouncilAccess.canManage(caller, c.value().level(), c.value().unitCode()))
                .map(c -> c.value().id()).filter(id -> councilId == null || id.equals(councilId)).toList();
        List<Versioned<CouncilSession>> visible = new ArrayList<>();
        if (!ownUnitCouncils.isEmpty()) {
            visible.addAll(store.page(ownUnitCouncils, null, status, new PageQuery(0, Integer.MAX_VALUE)));
        }
        store.page(councilId == null ? null : List.of(councilId), caller.subject(), status,
                        new PageQuery(0, Integer.MAX_VALUE)).stream()
                .filter(s -> visible.stream().noneMatch(v -> v.value().id().equals(s.value().id())))
                .forEach(visible::add);
        visible.sort((a, b) -> b.value().startsAt().compareTo(a.value().startsAt()));
        int from = (int) Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size(), visible.size());
        return PageResponse.of(visible.subList(from, to), page, visible.size());
    }

    /** The sessions the caller is invited to as a member (the voting page), latest first, cancelled ones left out. */
    public List<MySession> mine(TdktPrincipal caller) {
        caller.requireSomeRole();
        return store.page(null, caller.subject(), null, new PageQuery(0, MY_SESSIONS)).stream()
                .map(Versioned::value).filter(s -> s.status() != SessionStatus.CANCELLED)
                .map(s -> MySession.of(s, caller.subject(), ballot.itemsVotedBy(s.id(), caller.subject())))
                .toList();
    }

    /** One session as its member sees it on the voting page. */
    public MySession mine(TdktPrincipal caller, String id) {
        CouncilSession session = invited(caller, id);
        return MySession.of(session, caller.subject(), ballot.itemsVotedBy(id, caller.subject()));
    }

    /** Who voted on each item (the voter roll), never how. */
    public Turnout turnout(TdktPrincipal caller, String id) {
        CouncilSession session = get(caller, id).value();
        return Turnout.of(session, ballot.rollOf(id));
    }

    // ------------------------------------------------------------------------------------------------- the meeting

    public Versioned<CouncilSession> recordAttendance(TdktPrincipal caller, String id, VersionPrecondition expected,
            List<String> present) {
        managed(caller, id);
        return update(id, expected, s -> s.recordAttendance(present, caller.subject(), clock.instant()));
    }

    public Versioned<CouncilSession> recuse(TdktPrincipal caller, String id, VersionPrecondition expected,
            String memberId, String dossierId, String note) {
        managed(caller, id);
        return update(id, expected, s -> s.recuse(memberId, dossierId, note, caller.subject(), clock.instant()));
    }

    /**
     * An absent member's signed written vote (R-VOTE-02): the document is checked (size, type by content: PDF, PNG or
     * JPEG) and kept in GridFS, then recorded with the choices in one version-guarded save; if that save is refused
     * the stored file is removed again.
     */
    public Versioned<CouncilSession> recordWrittenVote(TdktPrincipal caller, String id, VersionPrecondition expected,
            String memberId, Map<String, BallotChoice> choices, String fileName, byte[] content) {
        managed(caller, id);
        long limit = properties.maxWrittenVoteSize().toBytes();
        if (content == null || content.length == 0) {
            throw DomainException.invalid("council.written-vote.document-required");
        }
        if (content.length > limit) {
            throw new WrittenVoteTooLargeException(content.length, limit);
        }
        FileType type = FileType.detect(content).filter(t -> t == FileType.PDF || t == FileType.PNG
                        || t == FileType.JPEG)
                .orElseThrow(() -> DomainException.invalid("council.written-vote.type-not-accepted"));
        String sha256 = Digests.sha256(content);
        String name = fileName == null || fileName.isBlank() ? "phieu-bieu-quyet." + type.extension()
                : fileName.replace('\\', '/').substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        String fileId = files.store(id, name, type.mediaType(), sha256, content);
        List<WrittenVote.Choice> list = (choices == null ? Map.<String, BallotChoice>of() : choices).entrySet()
                .stream().map(e -> new WrittenVote.Choice(e.getKey(), e.getValue())).toList();
        WrittenVote vote = new WrittenVote(Ids.newId(clock), memberId, list,
                new StoredFile(fileId, name, type.mediaType(), content.length, sha256), caller.subject(),
                clock.instant());
        Versioned<CouncilSession> saved;
        try {
            saved = update(id, expected, s -> s.recordWrittenVote(vote, clock.instant()));
        } catch (RuntimeException refused) {
            files.delete(fileId);
            throw refused;
        }
        ballot.enterWritten(id, memberId, list.stream().map(WrittenVote.Choice::dossierId)
                .collect(Collectors.toSet()));
        return saved;
    }

    /** The signed document of a written vote. */
    public WrittenVoteDocument writtenVoteDocument(TdktPrincipal caller, String id, String voteId) {
        CouncilSession session = get(caller, id).value();
        WrittenVote vote = session.writtenVotes().stream().filter(v -> v.id().equals(voteId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("council.written-vote.not-found", voteId));
        byte[] bytes = files.read(vote.document().fileId())
                .orElseThrow(() -> DomainException.notFound("council.written-vote.not-found", voteId));
        return new WrittenVoteDocument(vote.document(), bytes);
    }

    public record WrittenVoteDocument(StoredFile file, byte[] content) {
    }

    /**
     * Opens the secret ballot if the quorum is present (R-MEET-01): the provincial council's award meetings need
     * {@code quorum.provincial-award-meeting} of the total membership present, other councils
     * {@code quorum.other-meeting}. The blank papers are laid out, then the session is saved as open.
     */
    public Versioned<CouncilSession> openBallot(TdktPrincipal caller, String id, VersionPrecondition expected) {
        Versioned<CouncilSession> loaded = managed(caller, id);
        expected.check(loaded.version());
        Share required = loaded.value().councilLevel() == CouncilLevel.PROVINCE
                ? properties.quorum().provincial() : properties.quorum().other();
        // the domain decides on the copy read first, so a session without quorum writes nothing at all
        CouncilSession copy = loaded.value();
        Instant now = clock.instant();
        LocalizedDomainErrors.call(() -> copy.openBallot(required, caller.subject(), now));
        ballot.layOut(copy);
        return update(id, versionIs(loaded.version()), s -> s.openBallot(required, caller.subject(), now));
    }

    /** The caller's ballot on one item; the caller must be a member present and not recused from it. */
    public MySession cast(TdktPrincipal caller, String id, String dossierId, BallotChoice choice) {
        CouncilSession session = invited(caller, id);
        if (choice == null) {
            throw DomainException.invalid("council.ballot.choice-required");
        }
        LocalizedDomainErrors.call(() -> {
            ballot.cast(session, caller.subject(), dossierId, choice);
            return null;
        });
        return MySession.of(session, caller.subject(), ballot.itemsVotedBy(id, caller.subject()));
    }

    /**
     * Closes the ballot: the box is sealed, counted with the written votes on the total membership, the session saved
     * as closed with {@code council-voted}, then ballots and tally appended to the audit chain.
     */
    public Versioned<CouncilSession> closeBallot(TdktPrincipal caller, String id, VersionPrecondition expected) {
        Versioned<CouncilSession> loaded = managed(caller, id);
        expected.check(loaded.version());
        if (loaded.value().status() != SessionStatus.BALLOT_OPEN) {
            throw LocalizedDomainErrors.localized(DomainException.conflict("council.session.illegal-state",
                    vn.tdkt.nomination.council.domain.SessionAction.CLOSE_BALLOT, loaded.value().status()));
        }
        ballot.seal(id);
        Versioned<CouncilSession> closed = update(id, versionIs(loaded.version()),
                s -> s.close(ballot.count(s), caller.subject(), clock.instant()));
        audit.recordQuietly(closed.value());
        return store.get(id);
    }

    public Versioned<CouncilSession> cancel(TdktPrincipal caller, String id, VersionPrecondition expected,
            String reason) {
        managed(caller, id);
        return update(id, expected, s -> s.cancel(reason, caller.subject(), clock.instant()));
    }

    /** A closed session, for its minutes. */
    public CouncilSession closed(TdktPrincipal caller, String id) {
        CouncilSession session = get(caller, id).value();
        if (session.status() != SessionStatus.CLOSED) {
            throw LocalizedDomainErrors.localized(DomainException.conflict("council.minutes.not-closed",
                    session.status()));
        }
        return session;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** The session, if the caller manages its council (404 if they may not even read it, 403 if only read). */
    private Versioned<CouncilSession> managed(TdktPrincipal caller, String id) {
        Versioned<CouncilSession> session = get(caller, id);
        CouncilAccess.requireManager(caller, session.value().councilLevel(), session.value().councilUnitCode());
        return session;
    }

    /** The session, if the caller is invited to it (else 404). */
    private CouncilSession invited(TdktPrincipal caller, String id) {
        caller.requireSomeRole();
        return store.get(id, s -> s.isMember(caller.subject())).value();
    }

    private static VersionPrecondition versionIs(long read) {
        return version -> {
            if (version != read) {
                throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "etag.mismatch", read, version);
            }
        };
    }

    private Versioned<CouncilSession> update(String id, VersionPrecondition expected,
            java.util.function.Function<CouncilSession, List<vn.tdkt.contracts.nomination.CouncilSessionEvent>>
                    command) {
        return LocalizedDomainErrors.call(() -> store.update(id, expected, command));
    }
}
