package vn.tdkt.nomination.revocation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import vn.tdkt.nomination.revocation.application.RevocationService;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(RevocationController.BASE)
@Tag(name = "Hủy bỏ khen thưởng", description = "Revocation for the triggers of Luật Điều 93 k2 (a)–(d), by the "
        + "original decider's level (R-REV-01; the State President for honorary titles, R-REV-02), with the later "
        + "awards that relied on it (cascade) and the money and items to recover")
public class RevocationController {

    static final String BASE = "/api/v1/revocations";
    private static final String READERS = Roles.ANY;
    private static final String PREPARERS = "hasRole('SNV_OFFICER')";

    private final RevocationService revocations;
    private final PagingProperties paging;

    public RevocationController(RevocationService revocations, PagingProperties paging) {
        this.revocations = revocations;
        this.paging = paging;
    }

    @PostMapping("/preview")
    @PreAuthorize(PREPARERS)
    @Operation(summary = "What revoking an award would do: who must sign, the later awards whose prerequisites "
            + "relied on it (with the criteria they would fail) and the money to recover; changes nothing")
    public RevocationViews.PreviewView preview(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody RevocationRequests.Preview request) {
        return RevocationViews.PreviewView.of(revocations.preview(caller, request.toRequest()));
    }

    @PostMapping
    @PreAuthorize(PREPARERS)
    @Operation(summary = "Revoke an award and, confirmed with the cascade the preview listed, the awards that relied "
            + "on it; each award publishes award-revoked; the revocation is appended to the audit chain")
    public ResponseEntity<RevocationViews.RevocationView> revoke(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody RevocationRequests.Revoke request) {
        var revoked = revocations.revoke(caller, request.toRequest(), request.confirmedCascade(),
                request.cascadeDecisions() == null ? List.of()
                        : request.cascadeDecisions().stream().map(RevocationRequests.Act::toAct).toList());
        return ETags.created(URI.create(BASE + "/" + revoked.value().id()), revoked, RevocationViews.RevocationView::of);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Revocations, newest first (unit officers: those touching their unit's awards)")
    public PageResponse<RevocationViews.RevocationView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, default 20, capped at tdkt.pagination.max-size (100)")
            @RequestParam(required = false) Integer size) {
        return revocations.list(caller, paging.query(page, size))
                .map(v -> RevocationViews.RevocationView.of(v.value()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One revocation with its cascade and what is to be recovered")
    public ResponseEntity<RevocationViews.RevocationView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(revocations.get(caller, id), RevocationViews.RevocationView::of);
    }
}
