package vn.tdkt.nomination.council.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.nomination.council.application.CouncilSessionService;
import vn.tdkt.nomination.council.application.MinutesService;
import vn.tdkt.nomination.council.application.MySession;
import vn.tdkt.nomination.council.application.Turnout;
import vn.tdkt.nomination.council.application.WrittenVoteTooLargeException;
import vn.tdkt.nomination.council.domain.BallotChoice;
import vn.tdkt.nomination.council.domain.CouncilSession;
import vn.tdkt.nomination.council.domain.SessionStatus;
import vn.tdkt.nomination.council.web.CouncilViews.SessionView;
import vn.tdkt.nomination.web.Downloads;
import vn.tdkt.nomination.web.OfficeMediaTypes;
import vn.tdkt.nomination.web.Uploads;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(CouncilSessionController.BASE)
@Tag(name = "Phiên họp Hội đồng", description = "Council sessions: agenda, attendance, quorum, recusals, written "
        + "votes, the secret ballot, tally and minutes")
@RequiredArgsConstructor
public class CouncilSessionController {

    static final String BASE = "/api/v1/council-sessions";

    private final CouncilSessionService sessions;
    private final MinutesService minutes;
    private final Problems problems;
    private final JsonMapper json;

    public record ScheduleRequest(@NotBlank @Size(max = 64) String councilId, @NotNull OffsetDateTime startsAt,
            @Size(max = 300) String location, @NotEmpty @Size(max = 500) List<@NotBlank String> dossierIds) {
    }

    public record AttendanceRequest(@NotNull @Size(max = 500) List<@NotBlank String> present) {
    }

    public record RecusalRequest(@NotBlank String memberId, @NotBlank String dossierId,
            @Size(max = 1000) String note) {
    }

    public record BallotRequest(@NotBlank String dossierId, @NotNull BallotChoice choice) {
    }

    public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * Schedule a session with its agenda (appraised-eligible dossiers whose award needs a vote); invites the members in
     * office (council-session-scheduled) and records detected conflicts as recusals.
     * <p>Whoever manages the council: SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council (a council
     * the caller cannot read: 404 {@code council.not-found}; one they cannot manage: 403 {@code security.forbidden}).
     * The session may not start on a past day (400 {@code council.session.in-the-past}).
     * <p>Each dossier of the agenda, listed once (400 {@code council.session.agenda-duplicate}), must exist (404
     * {@code dossier.not-found}), be appraised eligible (409 {@code council.session.dossier-not-eligible}), have an
     * award that needs a council vote in the catalogue version in force on the session's day (409
     * {@code council.session.no-vote-required}, R-VOTE-01), not be on another session not yet closed (409
     * {@code council.session.dossier-on-agenda}) and, for a unit's council, come from that unit (409
     * {@code council.session.dossier-other-unit}).
     * <p>The members in office on the session's day are invited (409 {@code council.session.no-members} if there is
     * none). Conflicts of interest found between members and nominees (the member is the nominee, belongs to the
     * nominee's unit on the provincial council, or declared a relationship) are recorded as recusals. Publishes
     * {@code council-session-scheduled} with the invitees and the agenda (notification-service sends the invitations).
     *
     * @return 201 with the session, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> schedule(TdktPrincipal caller,
            @Valid @RequestBody ScheduleRequest request) {
        Versioned<CouncilSession> session = sessions.schedule(caller, request.councilId(),
                request.startsAt().toInstant(), request.location(), request.dossierIds());
        return ETags.created(URI.create(BASE + "/" + session.value().id()), session, SessionView::of);
    }

    /**
     * Sessions, latest first (members: those they are invited to; unit officers: their unit's council's).
     * <p>SNV_OFFICER, LEADER and ADMIN see every session; a UNIT_OFFICER the sessions of their own unit's council and
     * those they are invited to; a COUNCIL_MEMBER those they are invited to (their token subject is a member id).
     * Sessions the caller may not read are left out.
     *
     * @param councilId only this council's sessions
     * @param status only sessions in this state
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of sessions with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<SessionView> list(TdktPrincipal caller,
            @RequestParam(required = false) String councilId, @RequestParam(required = false) SessionStatus status,
            PageQuery page) {
        return sessions.list(caller, councilId, status, page).map(v -> SessionView.of(v.value()));
    }

    /**
     * The voting page's view: the sessions the caller (token subject) is invited to, with their own state per item.
     * <p>Any role; the answer holds only the sessions whose invited members include the caller's token subject: the 20
     * latest, cancelled ones left out. For each agenda item it gives the caller's own state (may vote, voted, recused,
     * not present, ballot not open yet) and, once the ballot is closed, whether the item passed; never anyone's choice.
     *
     * @return the caller's sessions, latest first
     */
    @GetMapping("/mine")
    @PreAuthorize(Roles.ANY)
    public List<MySession> mine(TdktPrincipal caller) {
        return sessions.mine(caller);
    }

    /**
     * A session: members, agenda, recusals, attendance, written votes, quorum and, once closed, the tally.
     * <p>Readable as the session is (SNV_OFFICER, LEADER, ADMIN; a UNIT_OFFICER for their own unit's council; the
     * invited members); any other session answers 404 {@code council.session.not-found}. The {@code ETag} header
     * carries the version to send as {@code If-Match} with the next change.
     *
     * @param id the session id
     * @return the session
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<SessionView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(sessions.get(caller, id), SessionView::of);
    }

    /**
     * Who has voted on each item (the voter roll), never how.
     * <p>Readable as the session is (SNV_OFFICER, LEADER, ADMIN; a UNIT_OFFICER for their own unit's council; the
     * invited members); any other session answers 404 {@code council.session.not-found}. For each agenda item: how many
     * may vote on it (present and not recused), who voted at the meeting, who in writing, who has not voted yet and who
     * is recused. Who voted is kept apart from the ballot box, so how anyone voted is never shown.
     *
     * @param id the session id
     * @return the voter roll of each item
     */
    @GetMapping("/{id}/turnout")
    @PreAuthorize(Roles.ANY)
    public Turnout turnout(TdktPrincipal caller, @PathVariable String id) {
        return sessions.turnout(caller, id);
    }

    /**
     * Record the members present (If-Match); the others are absent.
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. Only while
     * the session is scheduled (409 {@code council.session.illegal-state}); the list may be corrected until the ballot
     * opens. Each id must be an invited member (400 {@code council.session.not-a-member}) who has not sent a written
     * vote (409 {@code council.attendance.written-vote-from-present}). The quorum is counted on this list when the
     * ballot opens. Send the {@code ETag} you read as {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the session id
     * @return the session with its new {@code ETag}
     */
    @PutMapping("/{id}/attendance")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> attendance(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody AttendanceRequest request) {
        return ETags.ok(sessions.recordAttendance(caller, id, ifMatch, request.present()), SessionView::of);
    }

    /**
     * Record a recusal declared at the meeting (If-Match).
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. Only while
     * the session is scheduled (409 {@code council.session.illegal-state}). The member must be invited (400
     * {@code council.session.not-a-member}) and the dossier on the agenda (404 {@code council.session.item-not-found});
     * a member recused from it already answers 409 {@code council.recusal.exists}, one who voted on it in writing 409
     * {@code council.recusal.written-vote-cast}. A recused member casts no ballot on that dossier. Send the
     * {@code ETag} you read as {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the session id
     * @return the session with its new {@code ETag}
     */
    @PostMapping("/{id}/recusals")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> recuse(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody RecusalRequest request) {
        return ETags.ok(sessions.recuse(caller, id, ifMatch, request.memberId(), request.dossierId(),
                request.note()), SessionView::of);
    }

    /**
     * Record an absent member's signed written vote (R-VOTE-02): multipart memberId, choices (JSON {dossierId:
     * APPROVE|REJECT|ABSTAIN}) and file (PDF, PNG or JPEG, recognised by content); If-Match.
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. While the
     * session is scheduled or its ballot open (409 {@code council.session.illegal-state}). The member must be invited
     * (400 {@code council.session.not-a-member}), not recorded present (409
     * {@code council.written-vote.member-present}) and not have sent one already (409
     * {@code council.written-vote.exists}). The choices name agenda items (404 {@code council.session.item-not-found}),
     * at least one and each once (400 {@code council.written-vote.choices-required}, also for choices that are not such
     * JSON; {@code council.written-vote.duplicate-item}), none the member is recused from (409
     * {@code council.ballot.recused}).
     * <p>The signed document is required (400 {@code council.written-vote.document-required}), must be a PDF, PNG or
     * JPEG by its content (400 {@code council.written-vote.type-not-accepted}) and no larger than
     * {@code tdkt.nomination.council.max-written-vote-size} (413 {@code council.written-vote.too-large}). It is kept
     * with its SHA-256; a refused vote keeps no file. The choices count in the tally, on the total membership, when the
     * ballot closes. Send the {@code ETag} you read as {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the session id
     * @param memberId the absent member's id
     * @param choices JSON object from dossier id to {@code APPROVE}, {@code REJECT} or {@code ABSTAIN}
     * @return the session with its new {@code ETag}
     */
    @PostMapping(path = "/{id}/written-votes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> writtenVote(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @RequestParam String memberId,
            @RequestParam String choices, @RequestPart("file") MultipartFile file) {
        Map<String, BallotChoice> parsed;
        try {
            parsed = json.readValue(choices, new TypeReference<LinkedHashMap<String, BallotChoice>>() { });
        } catch (RuntimeException unreadable) {
            throw DomainException.invalid("council.written-vote.choices-required");
        }
        return ETags.ok(sessions.recordWrittenVote(caller, id, ifMatch, memberId, parsed,
                file.getOriginalFilename(), Uploads.bytes(file)), SessionView::of);
    }

    /**
     * The signed document of a written vote, with its detected type.
     * <p>Readable as the session is (SNV_OFFICER, LEADER, ADMIN; a UNIT_OFFICER for their own unit's council; the
     * invited members); any other session answers 404 {@code council.session.not-found}. A vote id not in the session
     * answers 404 {@code council.written-vote.not-found}. The file is answered as it was received, with its detected
     * media type and its file name.
     *
     * @param id the session id
     * @param voteId the written vote's id (in the session's {@code writtenVotes})
     * @return the signed document, as an attachment
     */
    @GetMapping("/{id}/written-votes/{voteId}/document")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> writtenVoteDocument(TdktPrincipal caller,
            @PathVariable String id, @PathVariable String voteId) {
        CouncilSessionService.WrittenVoteDocument document = sessions.writtenVoteDocument(caller, id, voteId);
        return Downloads.attachment(document.content(), document.file().mediaType(), document.file().fileName());
    }

    /**
     * Open the secret ballot if the quorum is present (R-MEET-01), else 409 with the numbers; If-Match.
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. Only a
     * scheduled session (409 {@code council.session.illegal-state}) whose attendance is recorded (409
     * {@code council.attendance.not-recorded}). The quorum is a share of the total membership present:
     * {@code tdkt.nomination.council.quorum.provincial-award-meeting} for the provincial council,
     * {@code quorum.other-meeting} for a unit's; short of it answers 409 {@code council.quorum-not-met} with the
     * members present, the total and the number required, and nothing changes. Once open, attendance and recusals are
     * fixed and the members present cast their ballots ({@code POST /api/v1/council-sessions/{id}/ballots}). Send the
     * {@code ETag} you read as {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the session id
     * @return the session with its new {@code ETag}
     */
    @PostMapping("/{id}/ballot/open")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> openBallot(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(sessions.openBallot(caller, id, ifMatch), SessionView::of);
    }

    /**
     * Cast the caller's secret ballot on one item (members present and not recused; once per item).
     * <p>Any role, but only a member invited to the session (by token subject): anyone else gets 404
     * {@code council.session.not-found}. The ballot must be open (409 {@code council.ballot.not-open}), the caller
     * recorded present (409 {@code council.ballot.not-present}), the dossier on the agenda (404
     * {@code council.session.item-not-found}) and the caller not recused from it (409 {@code council.ballot.recused});
     * a second ballot on the same item answers 409 {@code council.ballot.already-voted}; 409
     * {@code council.ballot.busy} asks to cast it again. A missing choice answers 400
     * {@code council.ballot.choice-required}. The roll records that the caller voted, the ballot box what was chosen,
     * with nothing linking the two.
     *
     * @param id the session id
     * @return the caller's view of the session, the item now marked voted
     */
    @PostMapping("/{id}/ballots")
    @PreAuthorize(Roles.ANY)
    public MySession cast(TdktPrincipal caller, @PathVariable String id,
            @Valid @RequestBody BallotRequest request) {
        return sessions.cast(caller, id, request.dossierId(), request.choice());
    }

    /**
     * Close the ballot: tally on the total membership (R-VOTE-02), council-voted, audit chain; If-Match.
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. Only while
     * the ballot is open (409 {@code council.session.illegal-state}). The box is sealed (a ballot cast afterwards
     * answers 409 {@code council.ballot.not-open}) and counted with the written votes: an item passes when its
     * approvals reach the award's threshold share of the council's total membership. Publishes {@code council-voted}
     * with each item's tally, and appends the ballot papers (never a member) and the tally to the audit chain; the
     * decision gates read the tally. Send the {@code ETag} you read as {@code If-Match}: a stale one answers 412 and
     * changes nothing.
     *
     * @param id the session id
     * @return the closed session with its tally and new {@code ETag}
     */
    @PostMapping("/{id}/ballot/close")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> closeBallot(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(sessions.closeBallot(caller, id, ifMatch), SessionView::of);
    }

    /**
     * Cancel a scheduled session with a reason (If-Match).
     * <p>SNV_OFFICER and ADMIN, or a UNIT_OFFICER for their own unit's council; a session the caller may only read
     * answers 403 {@code security.forbidden}, one they may not read 404 {@code council.session.not-found}. Only a
     * scheduled session (409 {@code council.session.illegal-state}); the reason is required (400
     * {@code council.session.cancel-reason-required}). Its dossiers may then be put on another session. Publishes no
     * event. Send the {@code ETag} you read as {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the session id
     * @return the cancelled session with its new {@code ETag}
     */
    @PostMapping("/{id}/cancel")
    @PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
    public ResponseEntity<SessionView> cancel(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody CancelRequest request) {
        return ETags.ok(sessions.cancel(caller, id, ifMatch, request.reason()), SessionView::of);
    }

    /**
     * The minutes (biên bản) with the tally, as PDF (Vietnamese font embedded).
     * <p>Readable as the session is (SNV_OFFICER, LEADER, ADMIN; a UNIT_OFFICER for their own unit's council; the
     * invited members); any other session answers 404 {@code council.session.not-found}. Only once the ballot is closed
     * (409 {@code council.minutes.not-closed}). Drawn up in Vietnamese from the session as stored: composition and
     * quorum (R-MEET-01), each item's tally on the total membership (R-VOTE-02), recusals, absent members' written
     * votes, conclusion and signatures.
     *
     * @param id the session id
     * @return the minutes as a PDF attachment named after the session id
     */
    @GetMapping(path = "/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> minutesPdf(TdktPrincipal caller,
            @PathVariable String id) {
        return Downloads.attachment(minutes.pdf(caller, id), MediaType.APPLICATION_PDF_VALUE,
                "bien-ban-" + id + ".pdf");
    }

    /**
     * The minutes (biên bản) with the tally, as DOCX.
     * <p>Readable as the session is (SNV_OFFICER, LEADER, ADMIN; a UNIT_OFFICER for their own unit's council; the
     * invited members); any other session answers 404 {@code council.session.not-found}. Only once the ballot is closed
     * (409 {@code council.minutes.not-closed}). The same minutes as the PDF, as an editable Word document for
     * signature.
     *
     * @param id the session id
     * @return the minutes as a DOCX attachment named after the session id
     */
    @GetMapping(path = "/{id}/minutes.docx", produces = OfficeMediaTypes.DOCX)
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> minutesDocx(TdktPrincipal caller,
            @PathVariable String id) {
        return Downloads.attachment(minutes.docx(caller, id), OfficeMediaTypes.DOCX, "bien-ban-" + id + ".docx");
    }

    @ExceptionHandler(WrittenVoteTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(WrittenVoteTooLargeException e) {
        return Uploads.tooLarge(problems, "council.written-vote.too-large", e);
    }
}
