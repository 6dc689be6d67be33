package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.dossier.domain.DossierStatus;
import vn.tdkt.nomination.dossier.domain.HistoryEntry;
import vn.tdkt.nomination.dossier.domain.Proposal;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

@RestController
@RequestMapping(DossierController.BASE)
@Tag(name = "Hồ sơ đề nghị khen thưởng",
        description = "Nomination dossiers: draft, submit, recall, assign, return, resubmit, appraise")
public class DossierController {

    static final String BASE = "/api/v1/dossiers";
    static final String READERS = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";
    static final String EDITORS = "hasAnyRole('UNIT_OFFICER','SNV_OFFICER')";

    private final DossierService dossiers;
    private final DossierViews views;
    private final PagingProperties paging;

    public DossierController(DossierService dossiers, DossierViews views, PagingProperties paging) {
        this.dossiers = dossiers;
        this.views = views;
        this.paging = paging;
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    @Operation(summary = "Create a draft dossier (unit officer: own unit; Sở Nội vụ officer: any unit), optionally in a batch")
    public ResponseEntity<DossierResponse> create(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody DossierRequest request) {
        var created = dossiers.create(caller, request.unitCode(), request.batchId(), request.content());
        return views.created(URI.create(BASE + "/" + created.value().id()), created);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List dossiers, newest first (unit officers see only their own unit)")
    public PageResponse<DossierResponse> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String batchId,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, default 20, capped at tdkt.pagination.max-size (100)")
            @RequestParam(required = false) Integer size) {
        return dossiers.list(caller, unit, status, year, batchId, assignee, paging.query(page, size)).map(views::view);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "Get one dossier with its documents, clocks and appraisal; the ETag carries its version")
    public ResponseEntity<DossierResponse> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return views.ok(dossiers.get(caller, id));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    @Operation(summary = "Every transition and change of the dossier, with actor, time, reasons and the diff of a resubmission")
    public List<HistoryView> history(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return dossiers.history(caller, id).stream().map(HistoryView::of).toList();
    }

    @GetMapping("/{id}/eligibility")
    @PreAuthorize(READERS)
    @Operation(summary = "The rule set in force today applied to the dossier as it stands (what appraisal would find)")
    public EligibilityReport eligibility(@Parameter(hidden = true) TdktPrincipal caller, @PathVariable String id) {
        return dossiers.check(caller, id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Revise a draft or returned dossier; send If-Match with the ETag you read")
    public ResponseEntity<DossierResponse> revise(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody DossierRequest request) {
        return views.ok(dossiers.revise(caller, id, ifMatch, request.content()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Submit a draft (the owning unit's officers); refused while documents are missing, a hold or a duplicate stands, the unit is dissolved or a quota or window is overrun; emits dossier-submitted")
    public ResponseEntity<DossierResponse> submit(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return views.ok(dossiers.submit(caller, id, ifMatch));
    }

    @PostMapping("/{id}/recall")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Recall a submitted dossier before appraisal starts (the owning unit's officers); emits dossier-recalled")
    public ResponseEntity<DossierResponse> recall(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody(required = false) TransitionRequests.Recall request) {
        return views.ok(dossiers.recall(caller, id, ifMatch, request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('SNV_OFFICER')")
    @Operation(summary = "Assign the dossier to a Sở Nội vụ officer for appraisal (default: the caller); emits dossier-assigned")
    public ResponseEntity<DossierResponse> assign(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody(required = false) TransitionRequests.Assign request) {
        return views.ok(dossiers.assign(caller, id, ifMatch, request == null ? null : request.assignee()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('SNV_OFFICER')")
    @Operation(summary = "Return the dossier for completion with reasons and a deadline; the appraisal clock pauses; emits dossier-returned")
    public ResponseEntity<DossierResponse> returnForCompletion(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody TransitionRequests.Return request) {
        return views.ok(dossiers.returnForCompletion(caller, id, ifMatch, request.reasons(), request.completeBy()));
    }

    @PostMapping("/{id}/resubmit")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Resubmit a returned dossier (the owning unit's officers); the clock resumes, the history shows the diff; emits dossier-resubmitted")
    public ResponseEntity<DossierResponse> resubmit(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return views.ok(dossiers.resubmit(caller, id, ifMatch));
    }

    @PostMapping("/{id}/appraisal")
    @PreAuthorize("hasRole('SNV_OFFICER')")
    @Operation(summary = "Appraise: the rules engine judges the dossier; the officer confirms (no outcome) or overrides with reasons; emits dossier-appraised with the rule results")
    public ResponseEntity<DossierResponse> appraise(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody(required = false) TransitionRequests.Appraise request) {
        return views.ok(dossiers.appraise(caller, id, ifMatch, request == null ? null : request.outcome(),
                request == null ? null : request.reasons()));
    }

    /** A history entry with labels. */
    public record HistoryView(java.time.Instant at, String actor, String action, String actionLabel, String from,
            String fromLabel, String to, String toLabel, List<String> reasons, java.time.LocalDate deadline,
            List<vn.tdkt.nomination.dossier.domain.FieldChange> changes, String note) {

        static HistoryView of(HistoryEntry e) {
            return new HistoryView(e.at(), e.actor(), e.action() == null ? "CREATE" : e.action().name(),
                    e.action() == null ? "lập" : e.action().label(), e.from() == null ? null : e.from().name(),
                    e.from() == null ? null : e.from().label(), e.to().name(), e.to().label(), e.reasons(),
                    e.deadline(), e.changes(), e.note());
        }
    }
}
