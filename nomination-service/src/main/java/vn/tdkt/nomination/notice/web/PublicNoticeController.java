package vn.tdkt.nomination.notice.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.notice.domain.CommentStatus;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.nomination.notice.web.NoticeViews.CommentView;
import vn.tdkt.nomination.notice.web.NoticeViews.NoticeView;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(PublicNoticeController.BASE)
@Tag(name = "Công khai lấy ý kiến", description = "Public notice of nominees (R-PUB-01): windows, comments, moderation")
@RequiredArgsConstructor
public class PublicNoticeController {

    static final String BASE = "/api/v1/public-notices";

    private final NoticeService notices;

    public record OpenRequest(@NotBlank @Size(max = 64) String dossierId, LocalDate opensOn,
            @Min(1) @Max(60) Integer workingDays) {
    }

    public record ResolveRequest(@NotBlank @Size(max = 2000) String note) {
    }

    public record HideRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * Publish an appraised dossier for public comment for N working days (notice-opened).
     * <p>SNV_OFFICER and ADMIN (403 otherwise). The dossier must exist (404 {@code dossier.not-found}), be appraised
     * eligible (409 {@code notice.dossier-not-eligible}), have an award the catalogue in force publishes for comment
     * (409 {@code notice.not-required}, R-PUB-01) and no notice open already (409 {@code notice.open-already}). The
     * window starts on {@code opensOn} (default today; 400 {@code notice.opens-in-the-past}) and lasts
     * {@code workingDays} working days on the province's calendar: by default the catalogue's number, else
     * {@code tdkt.nomination.notice.default-working-days} (10), and never fewer than the catalogue's (400
     * {@code notice.window-too-short}).
     * <p>The nominee's name, position, unit, award and achievement summary are then shown, without a token, on the
     * public page {@code /cong-khai/{id}}, where citizens comment. Publishes {@code notice-opened} with the public
     * link; a scheduled scan closes the notice once its window has ended ({@code notice-closed}). An award needing
     * notice is decided only after it closed with every comment resolved or hidden.
     *
     * @return 201 with the notice, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<NoticeView> open(TdktPrincipal caller,
            @Valid @RequestBody OpenRequest request) {
        Versioned<Notice> notice = notices.open(caller, request.dossierId(), request.opensOn(),
                request.workingDays());
        return ETags.created(URI.create(BASE + "/" + notice.value().id()), notice, NoticeView::of);
    }

    /**
     * Public notices, newest first (unit officers: their unit's).
     * <p>SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN see every notice; a UNIT_OFFICER their own unit's. The filters
     * combine.
     *
     * @param status only notices in this state
     * @param dossierId only the notices of this dossier
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of notices with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<NoticeView> list(TdktPrincipal caller,
            @RequestParam(required = false) NoticeStatus status, @RequestParam(required = false) String dossierId,
            PageQuery page) {
        return notices.list(caller, status, dossierId, page).map(v -> NoticeView.of(v.value()));
    }

    /**
     * A public notice.
     * <p>Readable by SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN, and by a UNIT_OFFICER for their own unit's notice;
     * any other notice answers 404 {@code notice.not-found}, exactly as a missing one. It shows the nominee as
     * published, the window (first and last day, working days), the public link and, once closed, the number of
     * comments received and left unresolved.
     *
     * @param id the notice id
     * @return the notice with its {@code ETag}
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<NoticeView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(notices.get(caller, id), NoticeView::of);
    }

    /**
     * Citizens' comments on a notice, oldest first (Sở Nội vụ, council members, leaders).
     * <p>SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN only: comments may name people and carry the citizen's contact,
     * so a UNIT_OFFICER gets 403 {@code security.forbidden} for their own unit's notice (404 {@code notice.not-found}
     * for another's).
     *
     * @param id the notice id
     * @param status only comments in this state ({@code RECEIVED} are the ones still to handle)
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of comments with the total count
     */
    @GetMapping("/{id}/comments")
    @PreAuthorize(Roles.ANY)
    public PageResponse<CommentView> comments(TdktPrincipal caller,
            @PathVariable String id, @RequestParam(required = false) CommentStatus status,
            PageQuery page) {
        return notices.comments(caller, id, status, page).map(v -> CommentView.of(v.value()));
    }

    /**
     * Resolve a comment with the note of how it was handled (If-Match).
     * <p>SNV_OFFICER and ADMIN (403 otherwise). The notice must exist (404 {@code notice.not-found}) and the comment be
     * one of its comments (404 {@code notice.comment.not-found}) not handled yet (409
     * {@code notice.comment.handled-already}). The note is required (400 {@code notice.comment.resolution-required}). A
     * comment left unresolved keeps the award from being decided (R-PUB-01). Send the comment's {@code ETag} as
     * {@code If-Match}: a stale one answers 412 and changes nothing. Publishes no event.
     *
     * @param id the notice id
     * @param commentId the comment id
     * @return the resolved comment with its new {@code ETag}
     */
    @PostMapping("/{id}/comments/{commentId}/resolve")
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<CommentView> resolve(TdktPrincipal caller,
            @PathVariable String id, @PathVariable String commentId, IfMatch ifMatch,
            @Valid @RequestBody ResolveRequest request) {
        return ETags.ok(notices.resolve(caller, id, commentId, ifMatch, request.note()), CommentView::of);
    }

    /**
     * Hide a comment (spam, abuse) with the reason; a hidden comment blocks nothing (If-Match).
     * <p>SNV_OFFICER and ADMIN (403 otherwise). The notice must exist (404 {@code notice.not-found}) and the comment be
     * one of its comments (404 {@code notice.comment.not-found}) not handled yet (409
     * {@code notice.comment.handled-already}). The reason is required (400
     * {@code notice.comment.hide-reason-required}). A hidden comment is kept for the record. Send the comment's
     * {@code ETag} as {@code If-Match}: a stale one answers 412 and changes nothing. Publishes no event.
     *
     * @param id the notice id
     * @param commentId the comment id
     * @return the hidden comment with its new {@code ETag}
     */
    @PostMapping("/{id}/comments/{commentId}/hide")
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    public ResponseEntity<CommentView> hide(TdktPrincipal caller,
            @PathVariable String id, @PathVariable String commentId, IfMatch ifMatch,
            @Valid @RequestBody HideRequest request) {
        return ETags.ok(notices.hide(caller, id, commentId, ifMatch, request.reason()), CommentView::of);
    }
}
