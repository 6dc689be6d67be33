package vn.tdkt.plan.task.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.plan.task.domain.Evidence;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plantext.PeriodKind;
import vn.tdkt.plantext.TaskPeriod;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;

/** Live tasks: search, completion with evidence, cancellation, due-date changes. */
@RestController
@RequestMapping("/api/v1/tasks")
@Validated
public class TaskController {

    private final TaskService tasks;
    private final PagingProperties paging;

    public TaskController(TaskService tasks, PagingProperties paging) {
        this.tasks = tasks;
        this.paging = paging;
    }

    /** A task's period as written, its shape and the due date with how it follows ("Ngày cuối quý"). */
    public record PeriodView(String text, PeriodKind kind, LocalDate dueDate, String dueBasis) {
        static PeriodView of(TaskPeriod period) {
            return new PeriodView(period.text(), period.kind(), period.dueDate(), period.due().basis().label());
        }
    }

    public record TaskView(String id, String planId, String planCode, int planVersion, String content,
                           PeriodView period, String periodKindLabel, LocalDate dueDate, LocalDate dueDateSetOn,
                           String leadUnit, List<String> coordinatingUnits, EvidenceKind expectedEvidence,
                           TaskStatus status, String statusLabel, Evidence evidence, String seriesKey, int occurrence,
                           String cancelledBy, String cancelReason, Instant cancelledAt) {
        static TaskView of(Task t) {
            return new TaskView(t.id(), t.planId(), t.planCode(), t.planVersion(), t.content(), PeriodView.of(t.period()),
                    t.period().kind().label(), t.dueDate(), t.dueDateSetOn(), t.leadUnit(), t.coordinatingUnits(),
                    t.expectedEvidence(), t.status(), t.status().label(), t.evidence(), t.seriesKey(), t.occurrence(),
                    t.cancelledBy(), t.cancelReason(), t.cancelledAt());
        }
    }

    public record CompleteRequest(@NotNull EvidenceKind kind, String reference, String note) {
    }

    public record CancelRequest(String reason) {
    }

    public record DueDateRequest(@NotNull LocalDate dueDate) {
    }

    @GetMapping
    public PageResponse<TaskView> search(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tasks.search(caller, new TaskService.TaskFilter(unit, quarter, status, planId, dueFrom, dueTo),
                paging.query(page, size)).map(TaskView::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<TaskView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(tasks.get(caller, id), TaskView::of);
    }

    /** Lifecycle actions honour {@code If-Match} like updates do: a stale ETag answers 412 and changes nothing. */
    @PostMapping("/{id}/start")
    public ResponseEntity<TaskView> start(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(tasks.start(caller, id, ifMatch), TaskView::of);
    }

    @PostMapping("/{id}/complete")
    public ResponseEntity<TaskView> complete(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody @jakarta.validation.Valid CompleteRequest request) {
        return ETags.ok(tasks.complete(caller, id, request.kind(), request.reference(), request.note(), ifMatch),
                TaskView::of);
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<TaskView> cancel(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody(required = false) CancelRequest request) {
        return ETags.ok(tasks.cancel(caller, id, request == null ? null : request.reason(), ifMatch), TaskView::of);
    }

    @PutMapping("/{id}/due-date")
    public ResponseEntity<TaskView> changeDueDate(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody @jakarta.validation.Valid DueDateRequest request) {
        return ETags.ok(tasks.changeDueDate(caller, id, request.dueDate(), ifMatch), TaskView::of);
    }
}
