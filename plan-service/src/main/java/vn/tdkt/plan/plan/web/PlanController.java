package vn.tdkt.plan.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/** Plans (kế hoạch): drafts, publication, amendments (new versions), year-end closing. */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {

    private final PlanService plans;

    public PlanController(PlanService plans) {
        this.plans = plans;
    }

    public record TaskRequest(String taskId, @NotBlank @Size(max = 4000) String content, String periodText,
                              LocalDate dueDate, @NotBlank String leadUnit, List<String> coordinatingUnits,
                              EvidenceKind expectedEvidence) {
        TaskInput toInput() {
            return new TaskInput(taskId, content, periodText, dueDate, leadUnit, coordinatingUnits, expectedEvidence);
        }
    }

    public record PlanRequest(@NotBlank @Size(max = 100) String code, LocalDate issuedOn, @NotBlank String issuerUnit,
                              PlanContent.Signer signer, @NotBlank @Size(max = 1000) String title, int year,
                              @NotNull PlanKind kind, String parentPlanId, List<PlanContent.LegalBasisRef> legalBases,
                              List<PlanContent.Section> sections, List<PlanContent.Responsibility> responsibilities,
                              List<String> recipients, @NotNull @Valid List<TaskRequest> tasks, String reason) {
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

    @PostMapping
    public ResponseEntity<PlanView> create(TdktPrincipal caller, @Valid @RequestBody PlanRequest request) {
        Versioned<Plan> created = plans.create(caller, request.content(), request.inputs());
        return ETags.created(URI.create("/api/v1/plans/" + created.value().id()), created, PlanView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<PlanView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(plans.get(caller, id), PlanView::of);
    }

    @GetMapping
    public List<PlanView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return plans.list(caller, year).stream().map(plan -> PlanView.of(plan.value())).toList();
    }

    @PutMapping("/{id}")
    public ResponseEntity<PlanView> update(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody PlanRequest request) {
        return ETags.ok(plans.update(caller, id, ifMatch, request.content(), request.inputs()), PlanView::of);
    }

    @PostMapping("/{id}/publish")
    public ResponseEntity<PlanView> publish(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(plans.publish(caller, id, ifMatch), PlanView::of);
    }

    @PostMapping("/{id}/amendments")
    public ResponseEntity<PlanView> amend(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @Valid @RequestBody PlanRequest request) {
        return ETags.ok(plans.amend(caller, id, ifMatch, request.content(), request.inputs(), request.reason()),
                PlanView::of);
    }

    @PostMapping("/{id}/close")
    public ResponseEntity<PlanView> close(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(plans.close(caller, id, ifMatch), PlanView::of);
    }
}
