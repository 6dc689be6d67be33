package vn.tdkt.plan.plan.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.domain.PlanStatus;
import vn.tdkt.plan.plan.domain.PlanVersion;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

/** Plans (kế hoạch): drafts, publication, amendments (new versions), year-end closing. */
@Tag(name = "Kế hoạch (plans)", description = "Kế hoạch công tác thi đua, khen thưởng: soạn dự thảo, ban hành (tạo "
        + "các nhiệm vụ có thời hạn), sửa đổi thành phiên bản mới, kết thúc năm. — Emulation and commendation plans: "
        + "drafts, publication (which creates the dated tasks), amendments as new versions, year-end closing.")
@RestController
@PreAuthorize(Roles.UNIT_OR_SNV)
@RequestMapping("/api/v1/plans")
@RequiredArgsConstructor
public class PlanController {

    private final PlanService plans;

    /**
     * A task of the plan, as its appendix row reads.
     *
     * @param taskId           the task's id, only in an amendment (to keep a task); left out for a new task
     * @param content          what is to be done
     * @param periodText       the period as written ("Quý II", "Trước ngày 15/12", "Hàng tháng"); a recurring period
     *                         becomes one task per occurrence, and the due date follows from it
     * @param dueDate          a due date that overrides the one read from the period
     * @param leadUnit         the code of the unit that leads (chủ trì)
     * @param coordinatingUnits the codes of the units that coordinate (phối hợp)
     * @param expectedEvidence what proves the task done; {@code REPORT} also opens a report duty in reporting-service
     */
    public record TaskRequest(
            String taskId,
            @NotBlank @Size(max = 4000)
            @Schema(example = "Tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm") String content,
            @Schema(example = "Trước ngày 15/7/2026") String periodText,
            LocalDate dueDate,
            @NotBlank @Schema(example = "SNV") String leadUnit,
            @Schema(example = "[\"SGDDT\", \"SYT\"]") List<String> coordinatingUnits,
            @Schema(example = "REPORT") EvidenceKind expectedEvidence) {
        TaskInput toInput() {
            return new TaskInput(taskId, content, periodText, dueDate, leadUnit, coordinatingUnits, expectedEvidence);
        }
    }

    /**
     * A plan as it is written: its header, legal bases, body, each unit's responsibilities and the appendix of tasks.
     *
     * @param code             number and symbol ("12/KH-UBND")
     * @param issuedOn         the date it is signed
     * @param issuerUnit       the code of the issuing unit
     * @param signer           who signs it, and their title
     * @param title            the plan's title
     * @param year             the year it plans
     * @param kind             annual, implementing (a unit's plan carrying out a higher one) or thematic
     * @param parentPlanId     the plan an {@code IMPLEMENTING} plan carries out
     * @param legalBases       the documents it rests on ("Căn cứ …")
     * @param sections         the body, as a tree of headings and text
     * @param responsibilities each unit's duties as the body assigns them
     * @param recipients       "Nơi nhận"
     * @param tasks            the dated tasks (at least one)
     * @param reason           why, for an amendment
     */
    public record PlanRequest(
            @NotBlank @Size(max = 100) @Schema(example = "12/KH-UBND") String code,
            LocalDate issuedOn,
            @NotBlank @Schema(example = "UBND") String issuerUnit,
            PlanContent.Signer signer,
            @NotBlank @Size(max = 1000) @Schema(example = "Kế hoạch công tác thi đua, khen thưởng năm 2026")
            String title,
            @Schema(example = "2026") int year,
            @NotNull PlanKind kind,
            String parentPlanId,
            List<PlanContent.LegalBasisRef> legalBases,
            List<PlanContent.Section> sections,
            List<PlanContent.Responsibility> responsibilities,
            List<String> recipients,
            @NotNull @Valid List<TaskRequest> tasks,
            @Schema(example = "Bổ sung nhiệm vụ tổ chức Hội nghị điển hình tiên tiến") String reason) {
        PlanContent content() {
            return new PlanContent(code, issuedOn, issuerUnit, signer, title, year, kind, parentPlanId, legalBases,
                    sections, responsibilities, recipients);
        }

        List<TaskInput> inputs() {
            return tasks.stream().map(TaskRequest::toInput).toList();
        }
    }

    public record TaskDraftView(String taskId, String content, String periodText, String periodKind,
                                String periodKindLabel, LocalDate dueDate, String dueBasis, String leadUnit,
                                List<String> coordinatingUnits, EvidenceKind expectedEvidence, String seriesKey,
                                int occurrence) {
        static TaskDraftView of(TaskDraft draft) {
            return new TaskDraftView(draft.taskId(), draft.content(), draft.period().text(),
                    draft.period().kind().name(), draft.period().kind().label(), draft.period().dueDate(),
                    draft.period().due().basis().label(), draft.leadUnit(), draft.coordinatingUnits(), draft.expectedEvidence(),
                    draft.seriesKey(), draft.occurrence());
        }
    }

    public record VersionView(int version, Instant publishedAt, String publishedBy, String reason,
                              vn.tdkt.plan.plan.domain.PlanDiff diff) {
        static VersionView of(PlanVersion version) {
            return new VersionView(version.version(), version.publishedAt(), version.publishedBy(), version.reason(),
                    version.diff());
        }
    }

    public record PlanView(String id, PlanStatus status, String statusLabel, int version, PlanKind kind,
                           String kindLabel, PlanContent content, List<TaskDraftView> tasks,
                           List<VersionView> history, Instant createdAt, String createdBy, Instant publishedAt,
                           Instant closedAt, boolean taskSyncPending) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id(), plan.status(), plan.status().label(), plan.version(),
                    plan.content().kind(), plan.content().kind().label(), plan.content(),
                    plan.tasks().stream().map(TaskDraftView::of).toList(),
                    plan.history().stream().map(VersionView::of).toList(), plan.createdAt(), plan.createdBy(),
                    plan.publishedAt(), plan.closedAt(), plan.taskSyncPending());
        }
    }

    /**
     * Creates a draft plan with its tasks.
     * <p>SNV_OFFICER for any plan; a unit officer only for their own unit's {@code IMPLEMENTING} plan (kế hoạch triển
     * khai), whose tasks may name only the unit and its sub-units (400 {@code plan.task-unit-outside-issuer}); anyone
     * else 403. Every unit named must be registered (400 {@code unit.unknown}). A task's due date follows from its
     * period as written ({@code "Quý III"}, {@code "Trước ngày 15/12"}, {@code "Hàng tháng"}: a recurring period
     * becomes one task per occurrence) unless {@code dueDate} is given. Nothing is published yet: the units see the
     * tasks once the plan is.
     *
     * @return the draft, with its {@code Location} and {@code ETag}
     */
    @PostMapping
    public ResponseEntity<PlanView> create(TdktPrincipal caller, @Valid @RequestBody PlanRequest request) {
        Versioned<Plan> created = plans.create(caller, request.content(), request.inputs());
        return ETags.created(URI.create("/api/v1/plans/" + created.value().id()), created, PlanView::of);
    }

    /**
     * Reads one plan with its tasks and versions.
     * <p>Any role reads a published or closed plan; a draft is visible to SNV_OFFICER, ADMIN and, for its own
     * {@code IMPLEMENTING} plan, the issuing unit's officer (anyone else: 404). The {@code ETag} header carries the
     * version for the next {@code If-Match}.
     *
     * @param id the plan id
     * @return the plan: content, planned tasks, published versions with their differences
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping("/{id}")
    public ResponseEntity<PlanView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(plans.get(caller, id), PlanView::of);
    }

    /**
     * Lists the plans the caller may see.
     * <p>Published and closed plans for every role; drafts only for SNV_OFFICER, ADMIN and the issuing unit's officer
     * of an {@code IMPLEMENTING} plan.
     *
     * @param year only the plans of this year
     * @return the plans
     */
    @PreAuthorize(Roles.ANY)
    @GetMapping
    public List<PlanView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return plans.list(caller, year).stream().map(plan -> PlanView.of(plan.value())).toList();
    }

    /**
     * Replaces a draft plan's content and tasks.
     * <p>Who may create the plan may edit its draft. A published plan answers 409 {@code plan.not-draft}: change it
     * with an amendment instead. Send the {@code ETag} of your last read as {@code If-Match} (a stale one answers 412
     * and changes nothing).
     *
     * @param id the plan id
     * @return the edited draft with its new {@code ETag}
     */
    @PutMapping("/{id}")
    public ResponseEntity<PlanView> update(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody PlanRequest request) {
        return ETags.ok(plans.update(caller, id, ifMatch, request.content(), request.inputs()), PlanView::of);
    }

    /**
     * Publishes a draft plan: its tasks go live.
     * <p>Who may edit the draft may publish it; anything but a draft answers 409 {@code plan.not-draft}. Publishing
     * creates the plan's tasks, which start their reminder ladders, and publishes {@code plan-published} and one
     * {@code task-assigned} per task and unit.
     *
     * @param id the plan id
     * @return the published plan with its new {@code ETag}
     */
    @PostMapping("/{id}/publish")
    public ResponseEntity<PlanView> publish(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(plans.publish(caller, id, ifMatch), PlanView::of);
    }

    /**
     * Amends a published plan into a new version.
     * <p>Who may edit the plan may amend it. The body is the whole plan as it should now read, with the {@code reason}:
     * tasks that keep their {@code taskId} are updated (a moved due date starts a new reminder ladder), tasks without
     * one are added, tasks left out are cancelled. An amendment that changes nothing answers 409
     * {@code plan.amendment-empty}; an unknown {@code taskId} 400 {@code plan.amendment-unknown-task}; a plan that is
     * not published 409 {@code plan.not-published}. Publishes {@code plan-amended} with the differences and the task
     * events.
     *
     * @param id the plan id
     * @return the plan at its new version, with the difference in its history
     */
    @PostMapping("/{id}/amendments")
    public ResponseEntity<PlanView> amend(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody PlanRequest request) {
        return ETags.ok(plans.amend(caller, id, ifMatch, request.content(), request.inputs(), request.reason()),
                PlanView::of);
    }

    /**
     * Closes a published plan at the end of its year.
     * <p>Who may edit the plan may close it: only a published plan (409 {@code plan.not-published}) and not before 1
     * December of its year (409 {@code plan.close-too-early}).
     *
     * @param id the plan id
     * @return the closed plan with its new {@code ETag}
     */
    @PostMapping("/{id}/close")
    public ResponseEntity<PlanView> close(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(plans.close(caller, id, ifMatch), PlanView::of);
    }
}
