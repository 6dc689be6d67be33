package vn.tdkt.nomination.decision.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.tdkt.nomination.decision.application.DecisionRefused;
import vn.tdkt.nomination.decision.application.DecisionService;
import vn.tdkt.nomination.decision.application.SubmissionDocuments;
import vn.tdkt.nomination.decision.domain.DecisionStatus;
import vn.tdkt.nomination.web.Downloads;
import vn.tdkt.nomination.web.OfficeMediaTypes;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.problem.Problems;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(DecisionController.BASE)
@Tag(name = "Quyết định khen thưởng", description = "Award decisions: the authority checked as of the decision date "
        + "(R-AUTH-01/02/03), councils and public notice let through, reward money (R-MONEY-01); forms above the "
        + "province forwarded to central with their tờ trình, and the central decision recorded")
@RequiredArgsConstructor
public class DecisionController {

    static final String BASE = "/api/v1/decisions";

    private final DecisionService decisions;
    private final SubmissionDocuments documents;
    private final Problems problems;

    /**
     * Record a decision signed in the province for appraised-eligible dossiers (Sở Nội vụ); refused (409) for a wrong
     * authority with the rule's explanation, a missing council vote or public notice, a hold; each award enters the
     * register with its money (award-decided).
     * <p>SNV_OFFICER only (403 otherwise). The date of signature may not be in the future (400
     * {@code decision.date-in-future}); the number must be in the usual form (400 {@code decision.number-invalid}). The
     * dossiers, 1 to 500 and each once (400 {@code decision.awardees-required}, {@code decision.too-many-awardees},
     * {@code decision.dossier-repeated}), must exist (404 {@code dossier.not-found}), be appraised eligible (409
     * {@code decision.dossier-not-eligible}) and be in no other decision or tờ trình (409
     * {@code decision.dossier-already-decided}). Forms decided above the province answer 409
     * {@code decision.forwarded-award}: forward them instead; a central signer answers 409
     * {@code decision.central-through-forwarding}.
     * <p>Then, as of the decision date and for every dossier: the signing authority must have the power to decide the
     * award (R-AUTH-01/02/03; otherwise 409 {@code decision.authority-refused}); the council must have passed it where
     * a vote is required and its public notice be closed with every comment resolved, and no hold (R-GEN-05) or
     * dissolved unit (R-GEN-10) may stand (otherwise 409 {@code decision.blocked}). Both problems list every reason in
     * {@code reasons} (dossier, subject, rule, explanation in the caller's language), and nothing is written.
     * <p>Each awardee's money is the award's coefficient × the base salary in force on the decision date (R-MONEY-01,
     * with its sources), and the register awards its prerequisites relied on are recorded. Each award enters the award
     * register and publishes {@code award-decided} (with its money and certificate link); the decision is appended to
     * the audit chain.
     *
     * @return 201 with the decision, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DecisionView> issue(TdktPrincipal caller,
            @Valid @RequestBody DecisionRequests.Issue request) {
        var issued = decisions.issue(caller, new DecisionService.Issue(request.number(), request.date(),
                request.signer(), request.signerTitle(), request.authority(), request.dossierIds()));
        return ETags.created(URI.create(BASE + "/" + issued.value().id()), issued, DecisionView::of);
    }

    /**
     * Forward forms above the province to central (chuyển Trung ương) with the province's tờ trình; the awards wait for
     * the central decision.
     * <p>SNV_OFFICER only (403 otherwise). The tờ trình is signed for the provincial People's Committee chair; its
     * number must be in the usual form (400 {@code decision.submission-number-invalid}). The date of signature may not
     * be in the future (400 {@code decision.date-in-future}). The dossiers, 1 to 500 and each once (400
     * {@code decision.awardees-required}, {@code decision.too-many-awardees}, {@code decision.dossier-repeated}), must
     * exist (404 {@code dossier.not-found}), be appraised eligible (409 {@code decision.dossier-not-eligible}) and be
     * in no other decision or tờ trình (409 {@code decision.dossier-already-decided}). Only forms decided above the
     * province (the Prime Minister's, the State President's) are forwarded: another answers 409
     * {@code decision.provincial-award}; one tờ trình goes to one of them (400
     * {@code decision.forwarding-mixed-deciders}). With no deciding authority named yet, the blocking rules (a hold, a dissolved
     * unit) and the council and public notice gates are checked as of the tờ trình's date (409
     * {@code decision.blocked}, listing every reason in {@code reasons}); nothing is written then.
     * <p>The dossiers are taken (no other decision can list them); no money is reckoned and no award is registered
     * until the central decision is recorded ({@code POST /api/v1/decisions/{id}/central-decision}). Publishes no
     * event.
     *
     * @return 201 with the forwarded tờ trình (status {@code FORWARDED}), its {@code Location} and {@code ETag}
     */
    @PostMapping("/forwardings")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DecisionView> forward(TdktPrincipal caller,
            @Valid @RequestBody DecisionRequests.Forward request) {
        var forwarded = decisions.forward(caller, new DecisionService.Forward(request.number(), request.date(),
                request.signer(), request.signerTitle(), request.dossierIds()));
        return ETags.created(URI.create(BASE + "/" + forwarded.value().id()), forwarded, DecisionView::of);
    }

    /**
     * Record the central decision (Thủ tướng, Chủ tịch nước) on a forwarded tờ trình; send If-Match; the granted awards
     * enter the register.
     * <p>SNV_OFFICER only (403 otherwise). The decision must be a forwarded tờ trình (404 {@code decision.not-found},
     * 409 {@code decision.not-forwarded}), signed by the Prime Minister or the State President (400
     * {@code decision.central-authority-required}), not before the tờ trình (400
     * {@code decision.central-before-submission}) nor in the future (400 {@code decision.date-in-future}). Dossiers the
     * centre did not grant are listed in {@code declinedDossierIds} (400 {@code decision.declined-unknown} for one not
     * in the tờ trình). For the granted ones the authority's power (R-AUTH-03) and the blocking rules are checked again
     * as of the central decision's date (409 {@code decision.authority-refused} or {@code decision.blocked}, with
     * {@code reasons}), their money is reckoned on that date (R-MONEY-01), each enters the award register and publishes
     * {@code award-decided}, and the decision is appended to the audit chain. Send the {@code ETag} you read as
     * {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the forwarded decision's id
     * @return the decision (status {@code CENTRAL_DECIDED}) with its new {@code ETag}
     */
    @PostMapping("/{id}/central-decision")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DecisionView> central(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody DecisionRequests.Central request) {
        return ETags.ok(decisions.recordCentralDecision(caller, id, ifMatch, new DecisionService.Central(
                request.number(), request.date(), request.signer(), request.signerTitle(), request.authority(),
                request.declinedDossierIds())), DecisionView::of);
    }

    /**
     * Decisions and forwarded tờ trình, newest first (unit officers: those with their unit's awardees).
     * <p>SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN see every decision; a UNIT_OFFICER those with an awardee their
     * unit proposed or belongs to. Another role answers 403 {@code security.forbidden}.
     *
     * @param status only decisions in this state
     * @param year only decisions decided or submitted within this year
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of decisions with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<DecisionView> list(TdktPrincipal caller,
            @RequestParam(required = false) DecisionStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            PageQuery page) {
        return decisions.list(caller, status, year, page).map(v -> DecisionView.of(v.value()));
    }

    /**
     * One decision with its awardees, their money and its sources.
     * <p>Readable by SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN, and by a UNIT_OFFICER when an awardee is of their
     * unit; any other decision answers 404 {@code decision.not-found}, exactly as a missing one. Each awardee has the
     * award, the money with its coefficient, base salary and their legal sources, and the register awards it relied on.
     *
     * @param id the decision id
     * @return the decision with its {@code ETag}
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<DecisionView> get(TdktPrincipal caller,
            @PathVariable String id) {
        return ETags.ok(decisions.get(caller, id), DecisionView::of);
    }

    /**
     * The tờ trình of a forwarded decision, as PDF, with the list of awardees.
     * <p>Readable as the decision is (otherwise 404 {@code decision.not-found}); a decision that was not forwarded has
     * no tờ trình (409 {@code decision.no-submission}). Drawn up in Vietnamese from the decision as stored: the forms
     * and the central authority they are proposed to, then the table of awardees.
     *
     * @param id the decision id
     * @return the tờ trình as a PDF attachment named after the decision id
     */
    @GetMapping(value = "/{id}/submission.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> submissionPdf(TdktPrincipal caller,
            @PathVariable String id) {
        return Downloads.attachment(documents.pdf(decisions.get(caller, id).value()), MediaType.APPLICATION_PDF_VALUE,
                "to-trinh-" + id + ".pdf");
    }

    /**
     * The tờ trình of a forwarded decision, as DOCX, with the list of awardees.
     * <p>Readable as the decision is (otherwise 404 {@code decision.not-found}); a decision that was not forwarded has
     * no tờ trình (409 {@code decision.no-submission}). The same text as the PDF, as an editable Word document.
     *
     * @param id the decision id
     * @return the tờ trình as a DOCX attachment named after the decision id
     */
    @GetMapping(value = "/{id}/submission.docx", produces = OfficeMediaTypes.DOCX)
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<byte[]> submissionDocx(TdktPrincipal caller,
            @PathVariable String id) {
        return Downloads.attachment(documents.docx(decisions.get(caller, id).value()), OfficeMediaTypes.DOCX,
                "to-trinh-" + id + ".docx");
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
