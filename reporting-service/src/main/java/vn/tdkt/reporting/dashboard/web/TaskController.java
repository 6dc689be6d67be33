package vn.tdkt.reporting.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.application.TaskItem;

/** Drill-down behind the dashboard: the task read model, scoped like the summary (lead or coordinating unit). */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize(Access.READERS)
public class TaskController {

    private final DashboardQueries queries;
    private final PagingProperties paging;

    public TaskController(DashboardQueries queries, PagingProperties paging) {
        this.queries = queries;
        this.paging = paging;
    }

    /** {@code ?unit=&state=PLANNED|DUE_SOON|OVERDUE|DONE|CANCELLED&page=0&size=20}, size capped (tdkt.pagination). */
    @GetMapping
    public PageResponse<TaskItem> list(TdktPrincipal principal,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.tasks(principal, unit, state, paging.query(page, size));
    }

    @GetMapping("/{taskId}")
    public TaskItem one(TdktPrincipal principal, @PathVariable String taskId) {
        return queries.task(principal, taskId);
    }
}
