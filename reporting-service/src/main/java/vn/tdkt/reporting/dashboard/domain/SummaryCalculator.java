package vn.tdkt.reporting.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.DueSoonTask;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.OverdueTask;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.UnitDossiers;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.UnitTasks;
import vn.tdkt.reporting.projection.domain.DossierState;
import vn.tdkt.reporting.projection.domain.TaskState;

/**
 * Computes the dashboard from the read models: counts by task state, due-soon and overdue per lead unit (units
 * with the most overdue first), the most urgent tasks, and dossiers by state and unit.
 */
public final class SummaryCalculator {

    private final int listLimit;

    public SummaryCalculator(int listLimit) {
        if (listLimit < 1) {
            throw new IllegalArgumentException("listLimit must be positive: " + listLimit);
        }
        this.listLimit = listLimit;
    }

    public DashboardSummary summarize(Collection<TaskSnapshot> tasks, Collection<DossierSnapshot> dossiers,
            LocalDate today, Instant generatedAt, String unit) {
        return new DashboardSummary(generatedAt, unit, tasks(tasks, today), dossiers(dossiers));
    }

    private DashboardSummary.Tasks tasks(Collection<TaskSnapshot> allTasks, LocalDate today) {
        // a cancelled task is no longer anyone's duty: it counts nowhere
        List<TaskSnapshot> tasks = allTasks.stream()
                .filter(t -> t.state() != TaskState.CANCELLED)
                .map(t -> t.asOf(today))
                .toList();
        Map<TaskState, Long> byState = new EnumMap<>(TaskState.class);
        Map<String, long[]> byUnit = new TreeMap<>();
        for (TaskSnapshot task : tasks) {
            byState.merge(task.state(), 1L, Long::sum);
            long[] counts = byUnit.computeIfAbsent(task.leadUnit(), u -> new long[4]);
            counts[3]++;
            switch (task.state()) {
                case DUE_SOON -> counts[0]++;
                case OVERDUE -> counts[1]++;
                case DONE -> counts[2]++;
                case PLANNED, CANCELLED -> { }
            }
        }
        List<UnitTasks> units = new ArrayList<>();
        byUnit.forEach((unit, c) -> units.add(new UnitTasks(unit, c[0], c[1], c[2], c[3])));
        units.sort(Comparator.comparingLong(UnitTasks::overdue).reversed()
                .thenComparing(Comparator.comparingLong(UnitTasks::dueSoon).reversed())
                .thenComparing(UnitTasks::unit));

        List<DueSoonTask> dueSoon = tasks.stream()
                .filter(t -> t.state() == TaskState.DUE_SOON)
                .sorted(Comparator.comparing(TaskSnapshot::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskSnapshot::taskId))
                .limit(listLimit)
                .map(t -> new DueSoonTask(t.taskId(), t.content(), t.leadUnit(), t.dueDate(),
                        t.dueDate() == null ? 0 : ChronoUnit.DAYS.between(today, t.dueDate())))
                .toList();
        List<OverdueTask> overdue = tasks.stream()
                .filter(t -> t.state() == TaskState.OVERDUE)
                .sorted(Comparator.comparing(TaskSnapshot::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskSnapshot::taskId))
                .limit(listLimit)
                .map(t -> new OverdueTask(t.taskId(), t.content(), t.leadUnit(), t.dueDate(),
                        t.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(t.dueDate(), today))))
                .toList();

        return new DashboardSummary.Tasks(
                byState.getOrDefault(TaskState.PLANNED, 0L),
                byState.getOrDefault(TaskState.DUE_SOON, 0L),
                byState.getOrDefault(TaskState.OVERDUE, 0L),
                byState.getOrDefault(TaskState.DONE, 0L),
                tasks.size(), List.copyOf(units), dueSoon, overdue);
    }

    private static DashboardSummary.Dossiers dossiers(Collection<DossierSnapshot> dossiers) {
        Map<DossierState, Long> byState = zeroes();
        Map<String, Map<DossierState, Long>> byUnit = new TreeMap<>();
        for (DossierSnapshot dossier : dossiers) {
            byState.merge(dossier.state(), 1L, Long::sum);
            byUnit.computeIfAbsent(dossier.unitCode(), u -> zeroes()).merge(dossier.state(), 1L, Long::sum);
        }
        List<UnitDossiers> units = new ArrayList<>();
        byUnit.forEach((unit, counts) -> units.add(new UnitDossiers(unit, counts,
                counts.values().stream().mapToLong(Long::longValue).sum())));
        return new DashboardSummary.Dossiers(dossiers.size(), byState, List.copyOf(units));
    }

    private static Map<DossierState, Long> zeroes() {
        Map<DossierState, Long> counts = new EnumMap<>(DossierState.class);
        for (DossierState state : DossierState.values()) {
            counts.put(state, 0L);
        }
        return counts;
    }
}
