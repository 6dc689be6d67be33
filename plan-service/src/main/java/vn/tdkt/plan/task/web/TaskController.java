package vn.tdkt.plan.task.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import lombok.RequiredArgsConstructor;

/** Live tasks: search, completion with evidence, cancellation, due-date changes. */
@Tag(name = "Nhiệm vụ (tasks)", description = "Các nhiệm vụ có thời hạn của kế hoạch đã ban hành: tra cứu, bắt đầu, "
        + "hoàn thành kèm minh chứng, hủy, đổi hạn. Cán bộ đơn vị thấy nhiệm vụ đơn vị mình chủ trì hoặc phối hợp. — "
        + "The dated tasks of published plans: search, start, complete with evidence, cancel, move the due date. A "
        + "unit officer sees the tasks their unit leads or coordinates.")
@RestController
@PreAuthorize(Roles.ANY)
@RequestMapping("/api/v1/tasks")
@Validated
@RequiredArgsConstructor
public class TaskController {

    private final TaskService tasks;

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

    /**
     * What proves the task done.
     *
     * @param kind      a report, a document, an event or an article
     * @param reference where to find it: a document's number, a link
     * @param note      anything the Sở should know
     */
    public record CompleteRequest(
            @NotNull @Schema(example = "REPORT") EvidenceKind kind,
            @Schema(example = "45/BC-SGDDT ngày 10/7/2026") String reference,
            @Schema(example = "Báo cáo sơ kết 6 tháng đầu năm") String note) {
    }

    /** @param reason why the task is cancelled, shown to the units */
    public record CancelRequest(@Schema(example = "Nhiệm vụ được lồng ghép vào Hội nghị tổng kết năm") String reason) {
    }

    /** @param dueDate the new due date */
    public record DueDateRequest(@NotNull @Schema(example = "2026-09-30") LocalDate dueDate) {
    }

    /**
     * Searches tasks, earliest due first.
     * <p>A unit officer sees only the tasks their unit leads or coordinates (asking for another {@code unit} gives an
     * empty page); SNV_OFFICER, LEADER and ADMIN see every unit's. The filters combine. A bad {@code quarter} answers
     * 400 {@code task.quarter-invalid}; a negative {@code page} or a {@code size} below 1 answers 400
     * {@code page.invalid}.
     *
     * @param unit    tasks this unit leads or coordinates (province-wide readers only)
     * @param quarter {@code 2026-Q3}, or {@code Q3} / {@code 3} for the current year
     * @param status  only tasks in this state
     * @param planId  only the tasks of this plan
     * @param dueFrom first due date, inclusive
     * @param dueTo   last due date, inclusive
     * @param page    the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of tasks with the total count
     */
    @GetMapping
    public PageResponse<TaskView> search(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) String planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            PageQuery page) {
        return tasks.search(caller, new TaskService.TaskFilter(unit, quarter, status, planId, dueFrom, dueTo), page)
                .map(TaskView::of);
    }

    /**
     * Reads one task.
     * <p>A unit officer reads the tasks their unit leads or coordinates; another unit's task answers 404, as a missing
     * one does. SNV_OFFICER, LEADER and ADMIN read every task. The {@code ETag} header carries the task's version for
     * the next {@code If-Match}.
     *
     * @param id the task id
     * @return the task, with its period, due date, status and evidence
     */
    @GetMapping("/{id}")
    public ResponseEntity<TaskView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(tasks.get(caller, id), TaskView::of);
    }

    /**
     * Marks a planned task as started.
     * <p>The lead unit's officer or SNV_OFFICER (another role: 403 {@code task.start-forbidden}). Only a
     * {@code PLANNED} task can start (409 {@code task.cannot-start}); an overdue task stays overdue. With
     * {@code If-Match}, a stale ETag answers 412 and changes nothing. Publishes {@code task-updated}.
     *
     * @param id the task id
     * @return the task in progress, with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OR_SNV)
    @PostMapping("/{id}/start")
    public ResponseEntity<TaskView> start(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        return ETags.ok(tasks.start(caller, id, ifMatch), TaskView::of);
    }

    /**
     * Completes a task with its evidence.
     * <p>The lead unit's officer or SNV_OFFICER (otherwise 403 {@code task.complete-forbidden}). The evidence kind is
     * required (400 {@code task.evidence-missing}); the reference is, for instance, the number of the report or a link
     * to the article. A task already done or cancelled answers 409 {@code task.closed}. Publishes
     * {@code task-completed}, which stops the reminder ladder and closes any escalation.
     *
     * @param id the task id
     * @return the completed task, with its new {@code ETag}
     */
    @PreAuthorize(Roles.UNIT_OR_SNV)
    @PostMapping("/{id}/complete")
    public ResponseEntity<TaskView> complete(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody @jakarta.validation.Valid CompleteRequest request) {
        return ETags.ok(tasks.complete(caller, id, request.kind(), request.reference(), request.note(), ifMatch),
                TaskView::of);
    }

    /**
     * Cancels an open task.
     * <p>SNV_OFFICER only. The reason is optional but shown to the units. A task already done or cancelled answers 409
     * {@code task.closed}. Publishes {@code task-cancelled}: reminders stop and the units are told.
     *
     * @param id the task id
     * @return the cancelled task, with its new {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OFFICER)
    @PostMapping("/{id}/cancel")
    public ResponseEntity<TaskView> cancel(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody(required = false) CancelRequest request) {
        return ETags.ok(tasks.cancel(caller, id, request == null ? null : request.reason(), ifMatch), TaskView::of);
    }

    /**
     * Moves an open task's due date.
     * <p>SNV_OFFICER only. The new date holds from today: a new reminder ladder starts from it, and an overdue task
     * whose new date is today or later is planned again. A task already done or cancelled answers 409
     * {@code task.closed}; the same date changes nothing. Publishes {@code task-updated} with the previous due date.
     *
     * @param id the task id
     * @return the task with its new due date and {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OFFICER)
    @PutMapping("/{id}/due-date")
    public ResponseEntity<TaskView> changeDueDate(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody @jakarta.validation.Valid DueDateRequest request) {
        return ETags.ok(tasks.changeDueDate(caller, id, request.dueDate(), ifMatch), TaskView::of);
    }
}
