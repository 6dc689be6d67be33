package vn.tdkt.reporting.dashboard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary;
import vn.tdkt.reporting.dashboard.domain.DossierSnapshot;
import vn.tdkt.reporting.dashboard.domain.SummaryCalculator;
import vn.tdkt.reporting.dashboard.domain.TaskSnapshot;
import vn.tdkt.reporting.projection.domain.DossierState;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.projection.persistence.DossierViewStore;
import vn.tdkt.reporting.projection.persistence.TaskView;
import vn.tdkt.reporting.projection.persistence.TaskViewStore;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** The dashboard's read side: the summary and the task drill-down, scoped to what the caller may see. */
@Service
public class DashboardQueries {

    private final TaskViewStore tasks;
    private final DossierViewStore dossiers;
    private final DashboardAccess access;
    private final Clock clock;
    private final SummaryCalculator calculator;

    public DashboardQueries(TaskViewStore tasks, DossierViewStore dossiers, DashboardAccess access, Clock clock,
            @Value("${tdkt.reporting.dashboard.list-limit:20}") int listLimit) {
        this.tasks = tasks;
        this.dossiers = dossiers;
        this.access = access;
        this.clock = clock;
        this.calculator = new SummaryCalculator(listLimit);
    }

    public DashboardSummary summary(TdktPrincipal principal, String requestedUnit) {
        String unit = access.scope(principal, requestedUnit).orElse(null);
        List<TaskSnapshot> taskSnapshots = tasks.findAll(unit).stream()
                .map(t -> new TaskSnapshot(t.taskId(), t.content(), t.leadUnit(), date(t.dueDate()),
                        taskState(t.state())))
                .toList();
        List<DossierSnapshot> dossierSnapshots = dossiers.findAll(unit).stream()
                .map(d -> new DossierSnapshot(d.dossierId(), d.unitCode(), DossierState.valueOf(d.state())))
                .toList();
        return calculator.summarize(taskSnapshots, dossierSnapshots, LocalDate.now(clock), clock.instant(), unit);
    }

    public PageResponse<TaskItem> tasks(TdktPrincipal principal, String requestedUnit, String stateName,
            PageQuery page) {
        String unit = access.scope(principal, requestedUnit).orElse(null);
        TaskState state = stateName == null || stateName.isBlank() ? null
                : TaskState.parse(stateName.trim())
                        .orElseThrow(() -> DomainException.invalid("reporting.task.invalid-state", stateName));
        LocalDate today = LocalDate.now(clock);
        List<TaskItem> items = tasks.findPage(unit, state, today, page).stream().map(t -> item(t, today)).toList();
        return PageResponse.of(items, page, tasks.count(unit, state, today));
    }

    public TaskItem task(TdktPrincipal principal, String taskId) {
        TaskView view = tasks.find(taskId)
                .filter(t -> access.canSee(principal, t.leadUnit()))
                .orElseThrow(() -> DomainException.notFound("reporting.task.not-found", taskId));
        return item(view, LocalDate.now(clock));
    }

    private static TaskItem item(TaskView t, LocalDate today) {
        LocalDate due = date(t.dueDate());
        TaskState state = taskState(t.state()).asOf(due, today);
        return new TaskItem(t.taskId(), t.planId(), t.planCode(), t.content(), t.leadUnit(),
                t.coordinatingUnits() == null ? List.of() : t.coordinatingUnits(), due, state, state.label(),
                t.lastReminderOffset(), due == null ? null : ChronoUnit.DAYS.between(today, due), t.daysLate(),
                t.lastSequence());
    }

    private static TaskState taskState(String name) {
        return TaskState.parse(name).orElse(TaskState.PLANNED);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
