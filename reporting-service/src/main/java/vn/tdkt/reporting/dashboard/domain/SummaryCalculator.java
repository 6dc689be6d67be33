package vn.tdkt.reporting.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.AwardForm;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.HeatCell;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.HeatRow;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.TaskCounts;
import vn.tdkt.reporting.projection.domain.AwardRow;
import vn.tdkt.reporting.projection.domain.CouncilSessionRow;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.DossierStage;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.report.domain.Compliance;
import vn.tdkt.reporting.report.domain.ReportDuty;

/**
 * Computes the dashboard from the read models (pure: the caller reads them once per build and passes them in).
 */
public final class SummaryCalculator {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What one build reads. Lists are already narrowed to the scope. */
    public record Inputs(String unit, int year, LocalDate today, Instant now, List<TaskRow> tasks,
            List<ReportDuty> duties, List<DossierRow> dossiers, List<CouncilSessionRow> sessions,
            List<AwardRow> awards, Function<String, String> unitNames, Function<String, String> awardLevel,
            Map<String, String> levelLabels, FundYear fund, int reservedPercent, String fundCitation) {
    }

    private final int listLimit;

    public SummaryCalculator(int listLimit) {
        if (listLimit < 1) {
            throw new IllegalArgumentException("listLimit must be positive: " + listLimit);
        }
        this.listLimit = listLimit;
    }

    public DashboardSummary.Tasks tasks(Inputs in) {
        Map<TaskState, Long> byState = new HashMap<>();
        Map<String, long[][]> byUnit = new TreeMap<>();
        List<TaskRow> live = in.tasks().stream().filter(t -> t.state() != TaskState.CANCELLED).toList();
        for (TaskRow task : live) {
            TaskState state = task.stateAsOf(in.today());
            byState.merge(state, 1L, Long::sum);
            count(byUnit, task.leadUnit(), 0, state);
            for (String coordinating : task.coordinatingUnits()) {
                count(byUnit, coordinating, 1, state);
            }
        }
        List<DashboardSummary.UnitTasks> units = new ArrayList<>();
        byUnit.forEach((unit, c) -> {
            if (in.unit() == null || in.unit().equals(unit)) {
                units.add(new DashboardSummary.UnitTasks(unit, in.unitNames().apply(unit), counts(c[0]),
                        counts(c[1])));
            }
        });
        units.sort(Comparator.comparingLong((DashboardSummary.UnitTasks u) -> u.lead().overdue()).reversed()
                .thenComparing(Comparator.comparingLong((DashboardSummary.UnitTasks u) -> u.lead().dueSoon())
                        .reversed())
                .thenComparing(DashboardSummary.UnitTasks::unit));
        List<DashboardSummary.DueSoonTask> dueSoon = listed(live, TaskState.DUE_SOON, in,
                t -> new DashboardSummary.DueSoonTask(t.taskId(), t.content(), t.leadUnit(),
                        in.unitNames().apply(t.leadUnit()), t.dueDate(),
                        t.dueDate() == null ? 0 : ChronoUnit.DAYS.between(in.today(), t.dueDate())));
        List<DashboardSummary.OverdueTask> overdue = listed(live, TaskState.OVERDUE, in,
                t -> new DashboardSummary.OverdueTask(t.taskId(), t.content(), t.leadUnit(),
                        in.unitNames().apply(t.leadUnit()), t.dueDate(),
                        t.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(t.dueDate(), in.today()))));
        return new DashboardSummary.Tasks(byState.getOrDefault(TaskState.PLANNED, 0L),
                byState.getOrDefault(TaskState.DUE_SOON, 0L), byState.getOrDefault(TaskState.OVERDUE, 0L),
                byState.getOrDefault(TaskState.DONE, 0L), live.size(), List.copyOf(units), dueSoon, overdue);
    }

    /** The first {@code listLimit} tasks in {@code state} today, soonest due first, as one list's items. */
    private <T> List<T> listed(List<TaskRow> live, TaskState state, Inputs in, Function<TaskRow, T> item) {
        return live.stream()
                .filter(t -> t.stateAsOf(in.today()) == state)
                .sorted(byDueDate())
                .limit(listLimit)
                .map(item)
                .toList();
    }

    private static Comparator<TaskRow> byDueDate() {
        return Comparator.comparing(TaskRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskRow::taskId);
    }

    /** [role][dueSoon, overdue, done, total] */
    private static void count(Map<String, long[][]> byUnit, String unit, int role, TaskState state) {
        if (unit == null) {
            return;
        }
        long[] c = byUnit.computeIfAbsent(unit, u -> new long[2][4])[role];
        c[3]++;
        switch (state) {
            case DUE_SOON -> c[0]++;
            case OVERDUE -> c[1]++;
            case DONE -> c[2]++;
            default -> { }
        }
    }

    private static TaskCounts counts(long[] c) {
        return new TaskCounts(c[0], c[1], c[2], c[3]);
    }

    public DashboardSummary.Reports reports(Inputs in) {
        Map<String, long[]> byUnit = new TreeMap<>();
        long[] all = new long[4];
        for (ReportDuty duty : in.duties()) {
            Compliance compliance = duty.compliance(in.today());
            int slot = switch (compliance) {
                case ON_TIME -> 0;
                case LATE -> 1;
                case MISSING -> 2;
                case PENDING -> 3;
                case CANCELLED -> -1;
            };
            if (slot < 0) {
                continue;
            }
            all[slot]++;
            byUnit.computeIfAbsent(duty.unitCode(), u -> new long[4])[slot]++;
        }
        List<DashboardSummary.UnitReports> units = new ArrayList<>();
        byUnit.forEach((unit, c) -> units.add(new DashboardSummary.UnitReports(unit, in.unitNames().apply(unit), c[0],
                c[1], c[2], c[3])));
        units.sort(Comparator.comparingLong(DashboardSummary.UnitReports::missing).reversed()
                .thenComparing(DashboardSummary.UnitReports::unit));
        return new DashboardSummary.Reports(all[0], all[1], all[2], all[3], all[0] + all[1] + all[2] + all[3],
                List.copyOf(units));
    }

    /** Units × months over the deadlines of the year: tasks each unit leads and reports it owes. */
    public DashboardSummary.Heatmap heatmap(Inputs in) {
        Map<String, int[][]> cells = new TreeMap<>();
        for (TaskRow task : in.tasks()) {
            if (task.state() == TaskState.CANCELLED || task.dueDate() == null || task.leadUnit() == null
                    || task.dueDate().getYear() != in.year()
                    || (in.unit() != null && !in.unit().equals(task.leadUnit()))) {
                continue;
            }
            int outcome = task.state() == TaskState.DONE ? (task.doneOnTime() ? 0 : 1)
                    : task.dueDate().isBefore(in.today()) ? 3 : 2;
            record(cells, task.leadUnit(), task.dueDate().getMonthValue(), outcome);
        }
        for (ReportDuty duty : in.duties()) {
            if (duty.deadline() == null || duty.deadline().getYear() != in.year()) {
                continue;
            }
            int outcome = switch (duty.compliance(in.today())) {
                case ON_TIME -> 0;
                case LATE -> 1;
                case PENDING -> 2;
                case MISSING -> 3;
                case CANCELLED -> -1;
            };
            if (outcome >= 0) {
                record(cells, duty.unitCode(), duty.deadline().getMonthValue(), outcome);
            }
        }
        List<HeatRow> rows = new ArrayList<>();
        cells.forEach((unit, months) -> {
            List<HeatCell> row = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                int[] c = months[m - 1];
                int total = c[0] + c[1] + c[2] + c[3];
                int level = total == 0 ? 0 : c[3] > 0 ? 4 : c[1] > 0 ? 3 : c[2] > 0 ? 2 : 1;
                row.add(new HeatCell(m, total, c[0], c[1], c[2], c[3], level));
            }
            rows.add(new HeatRow(unit, in.unitNames().apply(unit), row));
        });
        rows.sort(Comparator.comparingInt((HeatRow r) -> r.cells().stream().mapToInt(HeatCell::missed).sum())
                .reversed().thenComparing(Comparator.comparingInt((HeatRow r) -> r.cells().stream()
                        .mapToInt(HeatCell::late).sum()).reversed())
                .thenComparing(HeatRow::unit));
        return new DashboardSummary.Heatmap(IntStream.rangeClosed(1, 12).boxed().toList(), List.copyOf(rows));
    }

    /** outcome: 0 on time, 1 late, 2 open not yet due, 3 missed */
    private static void record(Map<String, int[][]> cells, String unit, int month, int outcome) {
        cells.computeIfAbsent(unit, u -> new int[12][4])[month - 1][outcome]++;
    }

    public DashboardSummary.Dossiers dossiers(Inputs in) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (DossierStage stage : DossierStage.values()) {
            byStage.put(stage.name(), 0L);
        }
        long appraised = 0;
        long eligible = 0;
        long voted = 0;
        long decided = 0;
        long breached = 0;
        long dueSoon = 0;
        long returned = 0;
        long noticesOpen = 0;
        List<DashboardSummary.SlaBreach> breaches = new ArrayList<>();
        for (DossierRow dossier : in.dossiers()) {
            DossierStage stage = dossier.stage();
            byStage.merge(stage.name(), 1L, Long::sum);
            appraised += dossier.appraisedOrBeyond() ? 1 : 0;
            eligible += dossier.eligibleOrBeyond() ? 1 : 0;
            voted += Boolean.TRUE.equals(dossier.votePassed()) || dossier.decisionDate() != null ? 1 : 0;
            decided += dossier.decisionDate() != null ? 1 : 0;
            returned += stage == DossierStage.RETURNED ? 1 : 0;
            if (dossier.openSlaBreach()) {
                breached++;
                breaches.add(new DashboardSummary.SlaBreach(dossier.dossierId(), dossier.unitCode(),
                        in.unitNames().apply(dossier.unitCode()), dossier.subjectName(), dossier.awardName(),
                        dossier.slaClock(), dossier.slaDueDate(), dossier.slaWorkingDaysLate()));
            } else if (dossier.slaWorkingDaysLeft() != null && !dossier.appraisedOrBeyond()
                    && dossier.slaDueDate() != null && !dossier.slaDueDate().isBefore(in.today())) {
                dueSoon++;
            }
            if (dossier.noticeOpensOn() != null && dossier.noticeClosedOn() == null
                    && !dossier.noticeOpensOn().isAfter(in.today())) {
                noticesOpen++;
            }
        }
        breaches.sort(Comparator.comparing(DashboardSummary.SlaBreach::dueDate,
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<DashboardSummary.FunnelStep> funnel = List.of(
                new DashboardSummary.FunnelStep("SUBMITTED", "Đã nộp", in.dossiers().size()),
                new DashboardSummary.FunnelStep("APPRAISED", "Đã thẩm định", appraised),
                new DashboardSummary.FunnelStep("ELIGIBLE", "Đủ điều kiện", eligible),
                new DashboardSummary.FunnelStep("VOTED", "Hội đồng thông qua", voted),
                new DashboardSummary.FunnelStep("DECIDED", "Đã quyết định", decided));
        return new DashboardSummary.Dossiers(in.dossiers().size(), funnel, byStage, breached, dueSoon, returned,
                noticesOpen, breaches.stream().limit(listLimit).toList());
    }

    /**
     * Sessions from today on (earliest first) and the last ones held (latest first). For a unit, only sessions with
     * one of its dossiers on the agenda, counting those only.
     */
    public DashboardSummary.Council council(Inputs in) {
        Set<String> visible = in.unit() == null ? null
                : new TreeSet<>(in.dossiers().stream().map(DossierRow::dossierId).toList());
        List<DashboardSummary.Session> upcoming = new ArrayList<>();
        List<DashboardSummary.Session> recent = new ArrayList<>();
        for (CouncilSessionRow session : in.sessions()) {
            var agenda = session.agenda().stream()
                    .filter(entry -> visible == null || visible.contains(entry.dossierId())).toList();
            if (visible != null && agenda.isEmpty()) {
                continue;
            }
            long passed = agenda.stream().filter(e -> Boolean.TRUE.equals(e.passed())).count();
            long failed = agenda.stream().filter(e -> Boolean.FALSE.equals(e.passed())).count();
            DashboardSummary.Session line = new DashboardSummary.Session(session.sessionId(), session.councilName(),
                    session.startsAt(), session.location(), agenda.size(), session.votedAt(), passed, failed);
            boolean ahead = session.votedAt() == null && session.startsAt() != null
                    && !LocalDate.ofInstant(session.startsAt(), ZONE).isBefore(in.today());
            (ahead ? upcoming : recent).add(line);
        }
        upcoming.sort(Comparator.comparing(DashboardSummary.Session::startsAt));
        recent.sort(Comparator.comparing((DashboardSummary.Session s) -> s.startsAt() == null ? Instant.EPOCH
                : s.startsAt()).reversed());
        return new DashboardSummary.Council(upcoming.stream().limit(listLimit).toList(),
                recent.stream().limit(listLimit).toList());
    }

    public DashboardSummary.Awards awards(Inputs in) {
        Map<String, long[]> byForm = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        long total = 0;
        long revoked = 0;
        long amount = 0;
        for (AwardRow award : in.awards()) {
            if (!award.decided()) {
                continue;
            }
            if (award.revoked()) {
                revoked++;
                continue;
            }
            total++;
            amount += award.amount();
            names.putIfAbsent(award.awardCode(), award.awardName());
            long[] c = byForm.computeIfAbsent(award.awardCode(), code -> new long[5]);
            switch (award.subjectType()) {
                case "COLLECTIVE" -> c[0]++;
                case "INDIVIDUAL" -> c[1]++;
                case "HOUSEHOLD" -> c[2]++;
                default -> { }
            }
            c[3]++;
            c[4] += award.amount();
            byLevel.merge(level(in, award.awardCode()), 1L, Long::sum);
        }
        List<AwardForm> forms = new ArrayList<>();
        byForm.forEach((code, c) -> {
            String level = level(in, code);
            forms.add(new AwardForm(code, names.get(code), level, in.levelLabels().getOrDefault(level, level), c[0],
                    c[1], c[2], c[3], c[4]));
        });
        forms.sort(Comparator.comparingLong(AwardForm::total).reversed().thenComparing(AwardForm::awardCode));
        return new DashboardSummary.Awards(total, revoked, amount, forms, byLevel);
    }

    private static String level(Inputs in, String awardCode) {
        String level = in.awardLevel().apply(awardCode);
        return level == null ? "UNCLASSIFIED" : level;
    }

    /** Money decided in the year against the year's fund; null without a fund for the year or for a unit's view. */
    public DashboardSummary.Fund fund(Inputs in, DashboardSummary.Awards awards) {
        if (in.fund() == null || in.unit() != null) {
            return null;
        }
        long toRecover = in.awards().stream().filter(AwardRow::revoked).mapToLong(AwardRow::amountToRecover).sum();
        long available = in.fund().amount() * (100 - in.reservedPercent()) / 100;
        long decided = awards.amount() + in.awards().stream().filter(a -> a.decided() && a.revoked())
                .mapToLong(AwardRow::amount).sum();
        long remaining = available - decided + toRecover;
        double used = available == 0 ? 0 : Math.round((double) (decided - toRecover) / available * 1000) / 1000.0;
        return new DashboardSummary.Fund(in.fund().amount(), in.reservedPercent(), available, decided, toRecover,
                remaining, used, in.fundCitation(), in.fund().status());
    }
}
