package vn.tdkt.reporting.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.dashboard.application.DashboardAccess;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.application.PageResult;
import vn.tdkt.reporting.dashboard.application.TaskItem;

/** Drill-down behind the dashboard cards: the task read model, scoped like the summary. */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize(DashboardAccess.READERS)
public class TaskController {

    private final DashboardQueries queries;

    public TaskController(DashboardQueries queries) {
        this.queries = queries;
    }

    /** {@code ?unit=&state=PLANNED|DUE_SOON|OVERDUE|DONE&page=0&size=20}, size capped at tdkt.reporting.page.max-size (100). */
    @GetMapping
    public PageResult<TaskItem> list(TdktPrincipal principal,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.tasks(principal, unit, state, page, size);
    }

    @GetMapping("/{taskId}")
    public TaskItem one(TdktPrincipal principal, @PathVariable String taskId) {
        return queries.task(principal, taskId);
    }
}
