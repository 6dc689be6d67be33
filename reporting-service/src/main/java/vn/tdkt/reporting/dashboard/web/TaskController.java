package vn.tdkt.reporting.dashboard.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.application.TaskItem;
import lombok.RequiredArgsConstructor;

/** Drill-down behind the dashboard: the task read model, scoped like the summary (lead or coordinating unit). */
@Tag(name = "Theo dõi nhiệm vụ (task views)", description = "Nhiệm vụ của kế hoạch như bảng điều hành thấy, dựng từ "
        + "sự kiện của plan-service, để xem chi tiết sau các con số. — Plan tasks as the dashboard sees them, "
        + "projected from plan-service's events: the drill-down behind the figures.")
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class TaskController {

    private final DashboardQueries queries;

    /**
     * Lists tasks of the read model, by unit and state.
     * <p>Scoped like the summary: a unit officer sees the tasks their unit leads or coordinates; the province-wide
     * readers all, or one unit's with {@code unit}. An unknown {@code state} answers 400
     * {@code reporting.task.invalid-state}.
     *
     * @param unit  one unit's tasks, as lead or coordinating unit
     * @param state {@code PLANNED}, {@code DUE_SOON}, {@code OVERDUE}, {@code DONE} or {@code CANCELLED}, as of today
     * @param page  the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of tasks with the total count
     */
    @GetMapping
    public PageResponse<TaskItem> list(TdktPrincipal principal,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state,
            PageQuery page) {
        return queries.tasks(principal, unit, state, page);
    }

    /**
     * Reads one task of the read model.
     * <p>Scoped like the list; another unit's task answers 404. For the task itself (and to change it) use
     * plan-service's {@code GET /api/v1/tasks/{id}}.
     *
     * @param taskId the task id (plan-service)
     * @return the task, its state as of today and the caller's unit's role in it
     */
    @GetMapping("/{taskId}")
    public TaskItem one(TdktPrincipal principal, @PathVariable String taskId) {
        return queries.task(principal, taskId);
    }
}
