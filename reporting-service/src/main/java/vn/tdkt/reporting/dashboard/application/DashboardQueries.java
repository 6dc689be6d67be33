package vn.tdkt.reporting.dashboard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary;
import vn.tdkt.reporting.dashboard.domain.SummaryCalculator;
import vn.tdkt.reporting.metrics.application.ProcessMetricsService;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.projection.domain.AwardRow;
import vn.tdkt.reporting.projection.domain.DeliveryRow;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.Reminder;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.report.application.ReportQueries;
import vn.tdkt.reporting.scoring.application.ScoreSheetService;
import vn.tdkt.reporting.statistics.application.FactSource;

/**
 * The dashboard's read side: the summary (built once per change and scope, see {@link SummaryCache}) and the task
 * drill-down, scoped to what the caller may see. It reads other features through their application services only.
 */
@Service
@RequiredArgsConstructor
public class DashboardQueries {

    private final ProjectionQueries projections;
    private final UnitNames unitNames;
    private final ReportQueries reports;
    private final ScoreSheetService scoring;
    private final ProcessMetricsService metrics;
    private final FactSource awardLevels;
    private final FundData fund;
    private final SummaryCache cache;
    private final Clock clock;
    private final SummaryCalculator calculator;
    private final DashboardProperties properties;

    public DashboardSummary summary(TdktPrincipal principal, String requestedUnit, Integer requestedYear) {
        String unit = Access.scope(principal, requestedUnit).orElse(null);
        LocalDate today = LocalDate.now(clock);
        int year = requestedYear == null ? today.getYear() : requestedYear;
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("reporting.year-invalid", year);
        }
        return cache.get((unit == null ? "*" : unit) + "|" + year + "|" + today, () -> build(unit, year, today));
    }

    private DashboardSummary build(String unit, int year, LocalDate today) {
        Function<String, String> names = unitNames.lookup();
        List<DossierRow> dossiers = projections.dossiers(unit);
        List<AwardRow> awards = projections.awardsDecidedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                unit);
        SummaryCalculator.Inputs in = new SummaryCalculator.Inputs(unit, year, today, clock.instant(),
                projections.tasksConcerning(unit), reports.duties(unit, year), dossiers,
                projections.councilSessions(), awards, names, awardLevels::levelOf, fund.levelLabels(),
                fund.year(year).orElse(null), fund.reservedPercent(), fund.citation());
        DashboardSummary.Awards awardSection = calculator.awards(in);
        return new DashboardSummary(clock.instant(), year, unit, unit == null ? null : names.apply(unit),
                calculator.tasks(in), calculator.reports(in), calculator.heatmap(in), calculator.dossiers(in),
                calculator.council(in), awardSection, calculator.fund(in, awardSection), clusters(unit, year, names),
                metrics(unit, year), deliveries(unit));
    }

    private List<DashboardSummary.ClusterRanks> clusters(String unit, int year, Function<String, String> names) {
        return scoring.rankedOfYear(year).stream()
                .filter(sheet -> unit == null || sheet.hasMember(unit))
                .map(sheet -> new DashboardSummary.ClusterRanks(sheet.id(), sheet.clusterCode(), sheet.clusterName(),
                        sheet.ranks().stream().map(r -> new DashboardSummary.RankLine(r.unitCode(),
                                names.apply(r.unitCode()), r.rank(), r.total(), r.tieBreak())).toList()))
                .toList();
    }

    private DashboardSummary.Metrics metrics(String unit, int year) {
        ProcessMetricsService.Metrics computed = metrics.compute(unit, year);
        var bottleneck = computed.bottleneck();
        List<DashboardSummary.StepLine> steps = computed.steps().stream()
                .map(s -> new DashboardSummary.StepLine(s.step().name(), s.label(), s.overall().count(),
                        s.overall().median(), s.overall().p90())).toList();
        return new DashboardSummary.Metrics(bottleneck == null ? null : new DashboardSummary.StepLine(
                bottleneck.step().name(), bottleneck.label(), 0, bottleneck.median(), bottleneck.p90()),
                bottleneck == null ? 0 : bottleneck.share(), steps,
                computed.lateRisk().stream().limit(10).map(r -> new DashboardSummary.RiskLine(r.unit(), r.unitName(),
                        r.score(), r.level().name(), r.levelLabel(), r.late(), r.deadlines())).toList());
    }

    private DashboardSummary.Deliveries deliveries(String unit) {
        List<DeliveryRow> recent = projections.deliveriesSince(clock.instant().minus(properties.deliveryWindow())).stream()
                .filter(d -> unit == null || unit.equals(d.unitCode())).toList();
        long sent = recent.stream().filter(d -> d.status() == DeliveryRow.Status.SENT).count();
        List<DeliveryRow> failed = recent.stream().filter(d -> d.status() == DeliveryRow.Status.FAILED).toList();
        Map<String, Long> byChannel = failed.stream().collect(Collectors.groupingBy(DeliveryRow::channel, TreeMap::new,
                Collectors.counting()));
        return new DashboardSummary.Deliveries(sent, failed.size(), failed.stream().filter(d -> !d.willRetry()).count(),
                byChannel);
    }

    public PageResponse<TaskItem> tasks(TdktPrincipal principal, String requestedUnit, String stateName,
            PageQuery page) {
        String unit = Access.scope(principal, requestedUnit).orElse(null);
        TaskState state = stateName == null || stateName.isBlank() ? null
                : TaskState.parse(stateName.trim())
                        .orElseThrow(() -> DomainException.invalid("reporting.task.invalid-state", stateName));
        LocalDate today = LocalDate.now(clock);
        Function<String, String> names = unitNames.lookup();
        List<TaskItem> items = projections.taskPage(unit, state, today, page).stream()
                .map(t -> item(t, unit, today, names)).toList();
        return PageResponse.of(items, page, projections.taskCount(unit, state, today));
    }

    /** One dossier of the caller's scope (another unit's answers 404, like a missing one). */
    public DossierItem dossier(TdktPrincipal principal, String dossierId) {
        String scope = Access.scope(principal, null).orElse(null);
        var traced = projections.dossierTraced(dossierId)
                .filter(entry -> scope == null || scope.equals(entry.getKey().unitCode()))
                .orElseThrow(() -> DomainException.notFound("reporting.dossier.not-found", dossierId));
        var row = traced.getKey();
        var stage = row.stage();
        return new DossierItem(row.dossierId(), row.unitCode(), unitNames.lookup().apply(row.unitCode()),
                row.subjectName(), row.awardCode(), stage == null ? null : stage.name(),
                stage == null ? null : stage.label(), row.status() == null ? null : row.status().name(),
                traced.getValue().marks(), traced.getValue().updatedAt());
    }

    public TaskItem task(TdktPrincipal principal, String taskId) {
        String scope = Access.scope(principal, null).orElse(null);
        TaskRow task = projections.task(taskId)
                .filter(t -> scope == null || t.concerns(scope))
                .orElseThrow(() -> DomainException.notFound("reporting.task.not-found", taskId));
        return item(task, scope, LocalDate.now(clock), unitNames.lookup());
    }

    private static TaskItem item(TaskRow t, String unit, LocalDate today, Function<String, String> names) {
        TaskState state = t.stateAsOf(today);
        Reminder reminder = t.currentReminder();
        String role = unit == null ? null : unit.equals(t.leadUnit()) ? "LEAD" : "COORDINATING";
        return new TaskItem(t.taskId(), t.planId(), t.planCode(), t.content(), t.leadUnit(), names.apply(t.leadUnit()),
                t.coordinatingUnits(), role, t.dueDate(), state, state.label(),
                reminder == null ? null : reminder.offsetDays(),
                t.dueDate() == null ? null : ChronoUnit.DAYS.between(today, t.dueDate()),
                reminder == null ? null : reminder.daysLate(), t.expectedEvidence());
    }
}
