package vn.tdkt.nomination.notice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import vn.tdkt.nomination.access.Roles;
import vn.tdkt.nomination.notice.application.NoticeService;
import vn.tdkt.nomination.notice.domain.CommentStatus;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;
import vn.tdkt.nomination.notice.web.NoticeViews.CommentView;
import vn.tdkt.nomination.notice.web.NoticeViews.NoticeView;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(PublicNoticeController.BASE)
@Tag(name = "Công khai lấy ý kiến", description = "Public notice of nominees (R-PUB-01): windows, comments, moderation")
public class PublicNoticeController {

    static final String BASE = "/api/v1/public-notices";
    private static final String READERS = Roles.ANY;
    private static final String MODERATORS = Roles.SNV_OR_ADMIN;

    private final NoticeService notices;
    private final PagingProperties paging;

    public PublicNoticeController(NoticeService notices, PagingProperties paging) {
        this.notices = notices;
        this.paging = paging;
    }

    public record OpenRequest(@NotBlank @Size(max = 64) String dossierId, LocalDate opensOn,
            @Min(1) @Max(60) Integer workingDays) {
    }

    public record ResolveRequest(@NotBlank @Size(max = 2000) String note) {
    }

    public record HideRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @PreAuthorize(MODERATORS)
    @Operation(summary = "Publish an appraised dossier for public comment for N working days (notice-opened)")
    public ResponseEntity<NoticeView> open(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody OpenRequest request) {
        Versioned<Notice> notice = notices.open(caller, request.dossierId(), request.opensOn(),
                request.workingDays());
        return ETags.created(URI.create(BASE + "/" + notice.value().id()), notice, NoticeView::of);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Public notices, newest first (unit officers: their unit's)")
    public PageResponse<NoticeView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) NoticeStatus status, @RequestParam(required = false) String dossierId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notices.list(caller, status, dossierId, paging.query(page, size)).map(v -> NoticeView.of(v.value()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A public notice")
    public ResponseEntity<NoticeView> get(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(notices.get(caller, id), NoticeView::of);
    }

    @GetMapping("/{id}/comments")
    @PreAuthorize(READERS)
    @Operation(summary = "Citizens' comments on a notice, oldest first (Sở Nội vụ, council members, leaders)")
    public PageResponse<CommentView> comments(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @RequestParam(required = false) CommentStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notices.comments(caller, id, status, paging.query(page, size)).map(v -> CommentView.of(v.value()));
    }

    @PostMapping("/{id}/comments/{commentId}/resolve")
    @PreAuthorize(MODERATORS)
    @Operation(summary = "Resolve a comment with the note of how it was handled (If-Match)")
    public ResponseEntity<CommentView> resolve(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @PathVariable String commentId, IfMatch ifMatch,
            @Valid @RequestBody ResolveRequest request) {
        return ETags.ok(notices.resolve(caller, id, commentId, ifMatch, request.note()), CommentView::of);
    }

    @PostMapping("/{id}/comments/{commentId}/hide")
    @PreAuthorize(MODERATORS)
    @Operation(summary = "Hide a comment (spam, abuse) with the reason; a hidden comment blocks nothing (If-Match)")
    public ResponseEntity<CommentView> hide(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, @PathVariable String commentId, IfMatch ifMatch,
            @Valid @RequestBody HideRequest request) {
        return ETags.ok(notices.hide(caller, id, commentId, ifMatch, request.reason()), CommentView::of);
    }
}
