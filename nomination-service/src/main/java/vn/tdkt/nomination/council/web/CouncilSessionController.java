package vn.tdkt.nomination.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.problem.Problems;

@RestController
@RequestMapping(CouncilSessionController.BASE)
@Tag(name = "Phiên họp Hội đồng", description = "Council sessions: agenda, attendance, quorum, recusals, written "
        + "votes, the secret ballot, tally and minutes")
public class CouncilSessionController {

    static final String BASE = "/api/v1/council-sessions";

    private final CouncilSessionService sessions;
    private final MinutesService minutes;
    private final PagingProperties paging;
    private final Problems problems;
    private final JsonMapper json;

    public CouncilSessionController(CouncilSessionService sessions, MinutesService minutes, PagingProperties paging,
            Problems problems, JsonMapper json) {
        this.sessions = sessions;
        this.minutes = minutes;
        this.paging = paging;
        this.problems = problems;
        this.json = json;
    }

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

    @PostMapping
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Schedule a session with its agenda (appraised-eligible dossiers whose award needs a vote); "
            + "invites the members in office (council-session-scheduled) and records detected conflicts as recusals")
    public ResponseEntity<SessionView> schedule(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody ScheduleRequest request) {
        Versioned<CouncilSession> session = sessions.schedule(caller, request.councilId(),
                request.startsAt().toInstant(), request.location(), request.dossierIds());
        return ETags.created(URI.create(BASE + "/" + session.value().id()), session, SessionView::of);
    }

    @GetMapping
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "Sessions, latest first (members: those they are invited to; unit officers: their unit's council's)")
    public PageResponse<SessionView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) String councilId, @RequestParam(required = false) SessionStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sessions.list(caller, councilId, status, paging.query(page, size)).map(v -> SessionView.of(v.value()));
    }

    @GetMapping("/mine")
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "The voting page's view: the sessions the caller (token subject) is invited to, with their own state per item")
    public List<MySession> mine(@Parameter(hidden = true) TdktPrincipal caller) {
        return sessions.mine(caller);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "A session: members, agenda, recusals, attendance, written votes, quorum and, once closed, the tally")
    public ResponseEntity<SessionView> get(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(sessions.get(caller, id), SessionView::of);
    }

    @GetMapping("/{id}/turnout")
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "Who has voted on each item (the voter roll), never how")
    public Turnout turnout(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return sessions.turnout(caller, id);
    }

    @PutMapping("/{id}/attendance")
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Record the members present (If-Match); the others are absent")
    public ResponseEntity<SessionView> attendance(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody AttendanceRequest request) {
        return ETags.ok(sessions.recordAttendance(caller, id, ifMatch, request.present()), SessionView::of);
    }

    @PostMapping("/{id}/recusals")
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Record a recusal declared at the meeting (If-Match)")
    public ResponseEntity<SessionView> recuse(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody RecusalRequest request) {
        return ETags.ok(sessions.recuse(caller, id, ifMatch, request.memberId(), request.dossierId(),
                request.note()), SessionView::of);
    }

    @PostMapping(path = "/{id}/written-votes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Record an absent member's signed written vote (R-VOTE-02): multipart memberId, choices "
            + "(JSON {dossierId: APPROVE|REJECT|ABSTAIN}) and file (PDF, PNG or JPEG, recognised by content); If-Match")
    public ResponseEntity<SessionView> writtenVote(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @RequestParam String memberId,
            @RequestParam String choices, @RequestPart("file") MultipartFile file) {
        Map<String, BallotChoice> parsed;
        try {
            parsed = json.readValue(choices, new TypeReference<LinkedHashMap<String, BallotChoice>>() { });
        } catch (RuntimeException unreadable) {
            throw DomainException.invalid("council.written-vote.choices-required");
        }
        return ETags.ok(sessions.recordWrittenVote(caller, id, ifMatch, memberId, parsed,
                file.getOriginalFilename(), bytes(file)), SessionView::of);
    }

    @GetMapping("/{id}/written-votes/{voteId}/document")
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "The signed document of a written vote, with its detected type")
    public ResponseEntity<byte[]> writtenVoteDocument(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @PathVariable String voteId) {
        CouncilSessionService.WrittenVoteDocument document = sessions.writtenVoteDocument(caller, id, voteId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.file().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    @PostMapping("/{id}/ballot/open")
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Open the secret ballot if the quorum is present (R-MEET-01), else 409 with the numbers; If-Match")
    public ResponseEntity<SessionView> openBallot(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(sessions.openBallot(caller, id, ifMatch), SessionView::of);
    }

    @PostMapping("/{id}/ballots")
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "Cast the caller's secret ballot on one item (members present and not recused; once per item)")
    public MySession cast(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id,
            @Valid @RequestBody BallotRequest request) {
        return sessions.cast(caller, id, request.dossierId(), request.choice());
    }

    @PostMapping("/{id}/ballot/close")
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Close the ballot: tally on the total membership (R-VOTE-02), council-voted, audit chain; If-Match")
    public ResponseEntity<SessionView> closeBallot(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(sessions.closeBallot(caller, id, ifMatch), SessionView::of);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(CouncilController.MANAGERS)
    @Operation(summary = "Cancel a scheduled session with a reason (If-Match)")
    public ResponseEntity<SessionView> cancel(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody CancelRequest request) {
        return ETags.ok(sessions.cancel(caller, id, ifMatch, request.reason()), SessionView::of);
    }

    @GetMapping(path = "/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "The minutes (biên bản) with the tally, as PDF (Vietnamese font embedded)")
    public ResponseEntity<byte[]> minutesPdf(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return file(minutes.pdf(caller, id), MediaType.APPLICATION_PDF_VALUE, "bien-ban-" + id + ".pdf");
    }

    @GetMapping(path = "/{id}/minutes.docx", produces = MinutesService.DOCX)
    @PreAuthorize(CouncilController.ANY_ROLE)
    @Operation(summary = "The minutes (biên bản) with the tally, as DOCX")
    public ResponseEntity<byte[]> minutesDocx(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return file(minutes.docx(caller, id), MinutesService.DOCX, "bien-ban-" + id + ".docx");
    }

    @ExceptionHandler(WrittenVoteTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(WrittenVoteTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.create(HttpStatus.CONTENT_TOO_LARGE,
                "council.written-vote.too-large", List.of(e.size(), e.limit())));
    }

    private static ResponseEntity<byte[]> file(byte[] content, String mediaType, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
