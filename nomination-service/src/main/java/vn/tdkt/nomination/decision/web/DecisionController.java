package vn.tdkt.nomination.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.access.Roles;
import vn.tdkt.nomination.decision.application.DecisionRefused;
import vn.tdkt.nomination.decision.application.DecisionService;
import vn.tdkt.nomination.decision.application.SubmissionDocuments;
import vn.tdkt.nomination.decision.domain.DecisionStatus;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.problem.Problems;

@RestController
@RequestMapping(DecisionController.BASE)
@Tag(name = "Quyết định khen thưởng", description = "Award decisions: the authority checked as of the decision date "
        + "(R-AUTH-01/02/03), councils and public notice let through, reward money (R-MONEY-01); forms above the "
        + "province forwarded to central with their tờ trình, and the central decision recorded")
public class DecisionController {

    static final String BASE = "/api/v1/decisions";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String READERS = Roles.ANY;
    private static final String PREPARERS = "hasRole('SNV_OFFICER')";

    private final DecisionService decisions;
    private final SubmissionDocuments documents;
    private final PagingProperties paging;
    private final Problems problems;

    public DecisionController(DecisionService decisions, SubmissionDocuments documents, PagingProperties paging,
            Problems problems) {
        this.decisions = decisions;
        this.documents = documents;
        this.paging = paging;
        this.problems = problems;
    }

    @PostMapping
    @PreAuthorize(PREPARERS)
    @Operation(summary = "Record a decision signed in the province for appraised-eligible dossiers (Sở Nội vụ); "
            + "refused (409) for a wrong authority with the rule's explanation, a missing council vote or public "
            + "notice, a hold; each award enters the register with its money (award-decided)")
    public ResponseEntity<DecisionView> issue(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody DecisionRequests.Issue request) {
        var issued = decisions.issue(caller, new DecisionService.Issue(request.number(), request.date(),
                request.signer(), request.signerTitle(), request.authority(), request.dossierIds()));
        return ETags.created(URI.create(BASE + "/" + issued.value().id()), issued, DecisionView::of);
    }

    @PostMapping("/forwardings")
    @PreAuthorize(PREPARERS)
    @Operation(summary = "Forward forms above the province to central (chuyển Trung ương) with the province's tờ "
            + "trình; the awards wait for the central decision")
    public ResponseEntity<DecisionView> forward(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody DecisionRequests.Forward request) {
        var forwarded = decisions.forward(caller, new DecisionService.Forward(request.number(), request.date(),
                request.signer(), request.signerTitle(), request.dossierIds()));
        return ETags.created(URI.create(BASE + "/" + forwarded.value().id()), forwarded, DecisionView::of);
    }

    @PostMapping("/{id}/central-decision")
    @PreAuthorize(PREPARERS)
    @Operation(summary = "Record the central decision (Thủ tướng, Chủ tịch nước) on a forwarded tờ trình; send "
            + "If-Match; the granted awards enter the register")
    public ResponseEntity<DecisionView> central(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody DecisionRequests.Central request) {
        return ETags.ok(decisions.recordCentralDecision(caller, id, ifMatch, new DecisionService.Central(
                request.number(), request.date(), request.signer(), request.signerTitle(), request.authority(),
                request.declinedDossierIds())), DecisionView::of);
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Decisions and forwarded tờ trình, newest first (unit officers: those with their unit's "
            + "awardees)")
    public PageResponse<DecisionView> list(@Parameter(hidden = true) TdktPrincipal caller,
            @RequestParam(required = false) DecisionStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) Integer page,
            @Parameter(description = "page size, default 20, capped at tdkt.pagination.max-size (100)")
            @RequestParam(required = false) Integer size) {
        return decisions.list(caller, status, year, paging.query(page, size)).map(v -> DecisionView.of(v.value()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One decision with its awardees, their money and its sources")
    public ResponseEntity<DecisionView> get(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(decisions.get(caller, id), DecisionView::of);
    }

    @GetMapping(value = "/{id}/submission.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "The tờ trình of a forwarded decision, as PDF, with the list of awardees")
    public ResponseEntity<byte[]> submissionPdf(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return file(documents.pdf(decisions.get(caller, id).value()), MediaType.APPLICATION_PDF_VALUE,
                "to-trinh-" + id + ".pdf");
    }

    @GetMapping(value = "/{id}/submission.docx", produces = DOCX)
    @PreAuthorize(READERS)
    @Operation(summary = "The tờ trình of a forwarded decision, as DOCX, with the list of awardees")
    public ResponseEntity<byte[]> submissionDocx(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return file(documents.docx(decisions.get(caller, id).value()), DOCX, "to-trinh-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(type)).body(content);
    }

    @ExceptionHandler(DecisionRefused.class)
    ResponseEntity<ProblemDetail> refused(DecisionRefused e) {
        String summary = String.join("; ", e.reasons().stream()
                .map(r -> r.subjectName() + " – " + r.rule() + ": " + r.explanation()).toList());
        ProblemDetail problem = problems.create(HttpStatus.CONFLICT, e.code(), List.of(summary));
        problem.setProperty("reasons", e.reasons().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("dossierId", r.dossierId());
            item.put("subject", r.subjectName());
            item.put("rule", r.rule());
            item.put("explanation", r.explanation());
            return item;
        }).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
