package vn.tdkt.nomination.dossier.web;

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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(DossierController.BASE)
@Tag(name = "Hồ sơ đề nghị khen thưởng (dossiers)", description = "Hồ sơ đề nghị khen thưởng từ khi đơn vị lập dự "
        + "thảo đến khi Sở Nội vụ thẩm định xong: gửi, rút, phân công, trả lại để bổ sung, gửi lại, thẩm định; thời "
        + "hạn theo ngày làm việc và lịch sử mọi thay đổi. Cán bộ đơn vị chỉ thấy hồ sơ của đơn vị mình. — "
        + "Nomination dossiers from a unit's draft to Sở Nội vụ's appraisal: submit, recall, assign, return for "
        + "completion, resubmit, appraise; working-day clocks and the history of every change. A unit officer sees "
        + "only their own unit's dossiers.")
@RequiredArgsConstructor
public class DossierController {

    static final String BASE = "/api/v1/dossiers";

    private final DossierService dossiers;
    private final DossierViews views;

    /**
     * Creates a draft dossier.
     * <p>A unit officer creates it for their own unit ({@code unitCode} left out, or their own: another unit answers
     * 403 {@code dossier.other-unit-forbidden}); an SNV_OFFICER for any unit, named by {@code unitCode}. The subject is
     * a person (name, date of birth, gender, position; a national ID if known), a collective (name and member counts)
     * or a household (head and address); the proposal names an award of the catalogue in force that fits the subject
     * (400 {@code award.unknown} otherwise) and a year. With {@code batchId}, the dossier joins an open batch of the
     * same unit (409 {@code batch.not-open}). A draft publishes nothing: attach the documents, then submit it.
     *
     * @return 201 with the draft, its {@code Location} and {@code ETag}
     */
    @PostMapping
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> create(TdktPrincipal caller,
            @Valid @RequestBody DossierRequest request) {
        var created = dossiers.create(caller, request.unitCode(), request.batchId(), request.content());
        return views.created(URI.create(BASE + "/" + created.value().id()), created);
    }

    /**
     * Lists dossiers, newest first.
     * <p>A unit officer sees their own unit's dossiers only (asking for another {@code unit} gives an empty page);
     * SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN see every unit's. The filters combine.
     *
     * @param status   only dossiers in this state
     * @param year     only proposals for this year
     * @param unit     only this unit's dossiers (province-wide readers)
     * @param batchId  only the dossiers of this batch
     * @param assignee only the dossiers assigned to this Sở Nội vụ officer (token subject)
     * @param page     the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of dossiers with the total count
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public PageResponse<DossierResponse> list(TdktPrincipal caller,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @Min(Proposal.MIN_YEAR) @Max(Proposal.MAX_YEAR) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String batchId,
            @RequestParam(required = false) String assignee,
            PageQuery page) {
        return dossiers.list(caller, unit, status, year, batchId, assignee, page).map(views::view);
    }

    /**
     * Reads one dossier with its documents, clocks and appraisal.
     * <p>The owning unit's officers and SNV_OFFICER, COUNCIL_MEMBER, LEADER and ADMIN; another unit's dossier answers
     * 404, exactly as a missing one. The clocks show each working-day deadline (appraisal, return) with the days left;
     * the {@code ETag} header carries the version to send as {@code If-Match} with the next change.
     *
     * @param id the dossier id
     * @return the dossier
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public ResponseEntity<DossierResponse> get(TdktPrincipal caller,
            @PathVariable String id) {
        return views.ok(dossiers.get(caller, id));
    }

    /**
     * Lists every transition and change of a dossier.
     * <p>Readable as the dossier is. Each entry has the actor, the time, the state before and after, the reasons and
     * deadline of a return, and, for a revision or a resubmission, the fields and documents that changed.
     *
     * @param id the dossier id
     * @return the history, oldest first
     */
    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.ANY)
    public List<HistoryView> history(TdktPrincipal caller, @PathVariable String id) {
        return dossiers.history(caller, id).stream().map(HistoryView::of).toList();
    }

    /**
     * Judges the dossier as it stands against the rule set in force.
     * <p>Readable as the dossier is; nothing is stored. The answer is what submission and appraisal would find: every
     * rule evaluated with its citation and, for a failure, an explanation in the caller's language
     * ({@code Accept-Language}). Use it before submitting.
     *
     * @param id the dossier id
     * @return whether the subject is eligible, the rule set and every rule's result
     */
    @GetMapping("/{id}/eligibility")
    @PreAuthorize(Roles.ANY)
    public EligibilityReport eligibility(TdktPrincipal caller, @PathVariable String id) {
        return dossiers.check(caller, id);
    }

    /**
     * Revises a draft or returned dossier.
     * <p>The owning unit's officers and SNV_OFFICER (another role or unit: 403 {@code dossier.edit-forbidden}). The
     * body replaces the subject, proposal, achievement and declared awards ({@code unitCode} and {@code batchId} are
     * ignored). Any other state answers 409 {@code dossier.illegal-transition}. Send the {@code ETag} you read as
     * {@code If-Match}: a stale one answers 412 and changes nothing.
     *
     * @param id the dossier id
     * @return the revised dossier with its new {@code ETag}
     */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> revise(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody DossierRequest request) {
        return views.ok(dossiers.revise(caller, id, ifMatch, request.content()));
    }

    /**
     * Submits a draft dossier to Sở Nội vụ.
     * <p>Only the owning unit's officers (403 {@code dossier.submit-forbidden}); only a draft (409
     * {@code dossier.illegal-transition}). The rules in force run first: while a required document or the vote in the
     * minutes is missing, a hold or a duplicate stands, the unit was dissolved, or the movement's quota, window or the
     * annual deadline is overrun, the answer is 409 {@code dossier.submission-blocked} with the failing rules'
     * explanations, and nothing changes. Starts the appraisal clock (20 working days) and publishes
     * {@code dossier-submitted}.
     *
     * @param id the dossier id
     * @return the submitted dossier with its new {@code ETag}
     */
    @PostMapping("/{id}/submit")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> submit(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return views.ok(dossiers.submit(caller, id, ifMatch));
    }

    /**
     * Recalls a submitted dossier before its appraisal starts.
     * <p>Only the owning unit's officers; only a submitted dossier not yet assigned (409
     * {@code dossier.illegal-transition}). The optional reason is kept in the history; the innovations the dossier used
     * are free again. Publishes {@code dossier-recalled}.
     *
     * @param id the dossier id
     * @return the recalled dossier with its new {@code ETag}
     */
    @PostMapping("/{id}/recall")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> recall(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody(required = false) TransitionRequests.Recall request) {
        return views.ok(dossiers.recall(caller, id, ifMatch, request == null ? null : request.reason()));
    }

    /**
     * Assigns a submitted dossier to a Sở Nội vụ officer for appraisal.
     * <p>SNV_OFFICER only. The assignee is a token subject; without a body the caller takes it. Stops the 5-working-day
     * return clock. Publishes {@code dossier-assigned}.
     *
     * @param id the dossier id
     * @return the dossier under appraisal with its new {@code ETag}
     */
    @PostMapping("/{id}/assign")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DossierResponse> assign(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody(required = false) TransitionRequests.Assign request) {
        return views.ok(dossiers.assign(caller, id, ifMatch, request == null ? null : request.assignee()));
    }

    /**
     * Returns a dossier to its unit for completion.
     * <p>SNV_OFFICER only; a submitted dossier or one under appraisal (409 {@code dossier.illegal-transition}
     * otherwise). The reasons say what to complete and {@code completeBy} by when (a date after today). The appraisal
     * clock pauses until the unit resubmits. Publishes {@code dossier-returned}: the unit is told.
     *
     * @param id the dossier id
     * @return the returned dossier with its new {@code ETag}
     */
    @PostMapping("/{id}/return")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DossierResponse> returnForCompletion(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody TransitionRequests.Return request) {
        return views.ok(dossiers.returnForCompletion(caller, id, ifMatch, request.reasons(), request.completeBy()));
    }

    /**
     * Resubmits a returned dossier.
     * <p>Only the owning unit's officers; only a returned dossier (409 {@code dossier.illegal-transition}). Checked
     * like a submission (409 {@code dossier.submission-blocked} while a blocking rule fails). The appraisal clock
     * resumes, the dossier goes back to its appraising officer, and the history lists what changed since the return.
     * Publishes {@code dossier-resubmitted}.
     *
     * @param id the dossier id
     * @return the resubmitted dossier with its new {@code ETag}
     */
    @PostMapping("/{id}/resubmit")
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<DossierResponse> resubmit(TdktPrincipal caller,
            @PathVariable String id, IfMatch ifMatch) {
        return views.ok(dossiers.resubmit(caller, id, ifMatch));
    }

    /**
     * Appraises a dossier: the rules engine judges it, the officer confirms or overrides.
     * <p>SNV_OFFICER only; a dossier under appraisal (409 {@code dossier.illegal-transition}). The rule set in force
     * judges the dossier; without an {@code outcome} the officer confirms the engine's result, with a different one
     * they override it and must give reasons (400 {@code dossier.appraisal.override-reasons-required}). Refused with
     * 409 {@code dossier.appraisal-blocked} while a hold or a duplicate stands. Publishes {@code dossier-appraised}
     * with the rule set and every rule's result.
     *
     * @param id the dossier id
     * @return the appraised dossier (eligible or not) with its new {@code ETag}
     */
    @PostMapping("/{id}/appraisal")
    @PreAuthorize(Roles.SNV_OFFICER)
    public ResponseEntity<DossierResponse> appraise(TdktPrincipal caller,
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
