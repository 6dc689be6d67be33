package vn.tdkt.reporting.metrics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.metrics.domain.LateRisk;
import vn.tdkt.reporting.metrics.domain.ProcessMetrics;
import vn.tdkt.reporting.metrics.domain.Sample;
import vn.tdkt.reporting.metrics.domain.Step;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.application.UnitNames;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.TaskLifecycle;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.report.application.ReportQueries;
import vn.tdkt.reporting.report.domain.Compliance;
import vn.tdkt.reporting.report.domain.ReportDuty;

/**
 * Process mining for TĐKT (PRODUCT.md Part 4 item 12): the lead time of each step (dossier submitted → appraised →
 * voted → decided; task assigned → done) per unit and award form, medians and 90th percentiles, the bottleneck step,
 * and a late-risk score per unit from its deadlines so far. Scoped like every read: a unit officer sees their unit.
 */
@Service
@RequiredArgsConstructor
public class ProcessMetricsService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A decision carries a date, not a time: taken at noon of that day. */
    private static final LocalTime DECISION_TIME = LocalTime.NOON;

    private final ProjectionQueries projections;
    private final ReportQueries reports;
    private final UnitNames unitNames;
    private final Clock clock;
    private final MetricsProperties properties;

    /** A unit's risk with its name. */
    public record UnitRisk(String unit, String unitName, int late, int deadlines, double score, LateRisk.Level level,
            String levelLabel) {
    }

    /** @param year the year the measured steps ended in ({@code null}: all years) */
    public record Metrics(Integer year, String unit, List<ProcessMetrics.StepMetrics> steps,
            ProcessMetrics.Bottleneck bottleneck, List<UnitRisk> lateRisk) {
    }

    public Metrics metrics(TdktPrincipal caller, Integer year, String requestedUnit) {
        return compute(Access.scope(caller, requestedUnit).orElse(null), year);
    }

    /** For the dashboard, already scoped. */
    public Metrics compute(String unit, Integer year) {
        List<Sample> samples = new ArrayList<>();
        for (DossierRow dossier : projections.dossiers(unit)) {
            add(samples, Step.SUBMITTED_TO_APPRAISED, dossier, dossier.submittedAt(), dossier.appraisedAt(), year);
            add(samples, Step.APPRAISED_TO_VOTED, dossier, dossier.appraisedAt(), dossier.votedAt(), year);
            Instant decided = dossier.decisionDate() == null ? null
                    : dossier.decisionDate().atTime(DECISION_TIME).atZone(ZONE).toInstant();
            add(samples, Step.VOTED_TO_DECIDED, dossier, dossier.votedAt(), decided, year);
        }
        List<TaskRow> tasks = projections.tasksConcerning(unit);
        for (TaskRow task : tasks) {
            if (unit != null && !unit.equals(task.leadUnit())) {
                continue;
            }
            if (task.assignedAt() != null && task.completedAt() != null && inYear(task.completedAt(), year)) {
                samples.add(new Sample(Step.TASK_ASSIGNED_TO_DONE, task.leadUnit(), null,
                        days(task.assignedAt(), task.completedAt())));
            }
        }
        ProcessMetrics.Result result = ProcessMetrics.compute(samples);
        return new Metrics(year, unit, result.steps(), result.bottleneck(), risks(unit, tasks));
    }

    private static void add(List<Sample> samples, Step step, DossierRow dossier, Instant from, Instant to,
            Integer year) {
        if (from != null && to != null && inYear(to, year)) {
            samples.add(new Sample(step, dossier.unitCode(), dossier.awardCode(), days(from, to)));
        }
    }

    private List<UnitRisk> risks(String unit, List<TaskRow> tasks) {
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> history = new HashMap<>();
        Function<String, int[]> counts = u -> history.computeIfAbsent(u, k -> new int[2]);
        for (TaskRow task : tasks) {
            if (task.leadUnit() == null || task.dueDate() == null || task.lifecycle() == TaskLifecycle.CANCELLED
                    || (unit != null && !unit.equals(task.leadUnit()))) {
                continue;
            }
            boolean done = task.lifecycle() == TaskLifecycle.DONE;
            if (!done && !task.dueDate().isBefore(today)) {
                continue;
            }
            int[] c = counts.apply(task.leadUnit());
            c[1]++;
            c[0] += task.doneOnTime() ? 0 : 1;
        }
        for (ReportDuty duty : reports.duties(unit, null)) {
            Compliance compliance = duty.compliance(today);
            if (compliance == Compliance.PENDING || compliance == Compliance.CANCELLED) {
                continue;
            }
            int[] c = counts.apply(duty.unitCode());
            c[1]++;
            c[0] += compliance == Compliance.ON_TIME ? 0 : 1;
        }
        Function<String, String> names = unitNames.lookup();
        List<UnitRisk> risks = new ArrayList<>();
        history.forEach((u, c) -> {
            LateRisk risk = LateRisk.of(u, c[0], c[1], properties.mediumRiskFrom(), properties.highRiskFrom());
            risks.add(new UnitRisk(u, names.apply(u), risk.late(), risk.deadlines(), risk.score(), risk.level(),
                    risk.level().label()));
        });
        risks.sort(Comparator.comparingDouble(UnitRisk::score).reversed().thenComparing(UnitRisk::unit));
        return risks;
    }

    private static boolean inYear(Instant at, Integer year) {
        return year == null || LocalDate.ofInstant(at, ZONE).getYear() == year;
    }

    private static double days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes() / 1440.0);
    }
}
