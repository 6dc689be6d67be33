package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.application.DossierView;
import vn.tdkt.nomination.dossier.application.VersionCheck;
import vn.tdkt.nomination.dossier.domain.Dossier;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(DossierController.BASE)
@Tag(name = "Hồ sơ đề nghị khen thưởng", description = "Nomination dossiers: draft, submit, appraise")
public class DossierController {

    static final String BASE = "/api/v1/dossiers";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";
    private static final String EDITORS = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER')";

    private final DossierService dossiers;
    private final PagingProperties paging;

    public DossierController(DossierService dossiers, PagingProperties paging) {
        this.dossiers = dossiers;
        this.paging = paging;
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    @Operation(summary = "Create a draft dossier (unit officer: own unit; Sở Nội vụ officer: any unit)")
    public ResponseEntity<DossierResponse> create(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody DossierRequest request) {
        DossierView view = dossiers.create(caller, request.unitCode(), request.content());
        return ResponseEntity.created(URI.create(BASE + "/" + view.dossier().id()))
                .eTag(ETags.of(view.version()))
                .body(DossierResponse.of(view));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List dossiers, newest first (unit officers see only their own unit)")
    public PageResponse<DossierResponse> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @Min(Dossier.MIN_YEAR) @Max(Dossier.MAX_YEAR) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, default 20, capped at tdkt.pagination.max-size (100)")
            @RequestParam(required = false) Integer size) {
        return dossiers.list(caller, unit, status, year, paging.query(page, size)).map(DossierResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Get one dossier; the ETag header carries its version")
    public ResponseEntity<DossierResponse> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return withETag(dossiers.get(caller, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Revise a draft dossier; send If-Match with the ETag you read")
    public ResponseEntity<DossierResponse> revise(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DossierRequest request) {
        return withETag(dossiers.revise(caller, id, ifMatch(ifMatch), request.content()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Submit a draft to the Sở Nội vụ (officers of the owning unit); emits dossier-submitted")
    public ResponseEntity<DossierResponse> submit(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(dossiers.submit(caller, id, ifMatch(ifMatch)));
    }

    @PostMapping("/{id}/appraisal")
    @PreAuthorize("hasRole('SNV_OFFICER')")
    @Operation(summary = "Appraise a submitted dossier (Sở Nội vụ officers); emits dossier-appraised")
    public ResponseEntity<DossierResponse> appraise(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AppraisalRequest request) {
        return withETag(dossiers.appraise(caller, id, ifMatch(ifMatch), request.outcome(), request.reasons()));
    }

    private static VersionCheck ifMatch(String ifMatch) {
        return version -> IfMatch.of(ifMatch).check(version);
    }

    private static ResponseEntity<DossierResponse> withETag(DossierView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(DossierResponse.of(view));
    }
}
