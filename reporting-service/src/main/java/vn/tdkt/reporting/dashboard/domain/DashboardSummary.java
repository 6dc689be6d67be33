package vn.tdkt.reporting.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The provincial dashboard at one moment, for one scope (the province or one unit) and one year. Unit names come from
 * the unit registry's events; codes are kept beside them for drill-down links.
 *
 * @param unit the unit the figures are limited to, or {@code null} for the whole province
 */
public record DashboardSummary(Instant generatedAt, int year, String unit, String unitName, Tasks tasks,
        Reports reports, Heatmap heatmap, Dossiers dossiers, Council council, Awards awards, Fund fund,
        List<ClusterRanks> clusters, Metrics metrics, Deliveries deliveries) {

    // --- tasks -----------------------------------------------------------------------------------------------------

    /** Counts of the tasks in scope by state as of today; a unit's tasks are those it leads or coordinates. */
    public record Tasks(long planned, long dueSoon, long overdue, long done, long total, List<UnitTasks> byUnit,
            List<DueSoonTask> dueSoonList, List<OverdueTask> overdueList) {
    }

    /** A unit's tasks, as lead unit and as coordinating unit (phối hợp) apart. */
    public record UnitTasks(String unit, String unitName, TaskCounts lead, TaskCounts coordinating) {
    }

    public record TaskCounts(long dueSoon, long overdue, long done, long total) {
    }

    public record DueSoonTask(String taskId, String content, String leadUnit, String leadUnitName, LocalDate dueDate,
            long daysLeft) {
    }

    public record OverdueTask(String taskId, String content, String leadUnit, String leadUnitName, LocalDate dueDate,
            long daysLate) {
    }

    // --- reports ---------------------------------------------------------------------------------------------------

    public record Reports(long onTime, long late, long missing, long pending, long total, List<UnitReports> byUnit) {
    }

    public record UnitReports(String unit, String unitName, long onTime, long late, long missing, long pending) {
    }

    // --- heat map --------------------------------------------------------------------------------------------------

    /**
     * Units × months of the year, over the deadlines of the tasks each unit leads and the reports it owes.
     *
     * @param rows units with the most late deadlines first
     */
    public record Heatmap(List<Integer> months, List<HeatRow> rows) {
    }

    public record HeatRow(String unit, String unitName, List<HeatCell> cells) {
    }

    /**
     * One unit's deadlines in one month.
     *
     * @param level 0 nothing due, 1 all met on time, 2 not yet due, 3 met late, 4 missed (past due, still open)
     */
    public record HeatCell(int month, int total, int onTime, int late, int open, int missed, int level) {
    }

    // --- dossiers --------------------------------------------------------------------------------------------------

    /**
     * @param funnel     how many dossiers reached each step (submitted ≥ appraised ≥ eligible ≥ voted ≥ decided)
     * @param byStage    where each dossier stands now, every stage present
     * @param slaBreached dossiers whose working-day deadline passed while they still wait on that step
     */
    public record Dossiers(long total, List<FunnelStep> funnel, Map<String, Long> byStage, long slaBreached,
            long slaDueSoon, long returned, long noticesOpen, List<SlaBreach> breaches) {
    }

    public record FunnelStep(String step, String label, long count) {
    }

    public record SlaBreach(String dossierId, String unit, String unitName, String subjectName, String awardName,
            String clock, LocalDate dueDate, Integer workingDaysLate) {
    }

    // --- council ---------------------------------------------------------------------------------------------------

    public record Council(List<Session> upcoming, List<Session> recent) {
    }

    /** A council session; {@code agenda} counts only the dossiers the reader may see. */
    public record Session(String sessionId, String councilName, Instant startsAt, String location, int agenda,
            Instant votedAt, long passed, long failed) {
    }

    // --- awards and money ------------------------------------------------------------------------------------------

    /** Awards decided in the year (by decision date), revoked ones apart. */
    public record Awards(long total, long revoked, long amount, List<AwardForm> byForm, Map<String, Long> byLevel) {
    }

    public record AwardForm(String awardCode, String awardName, String level, String levelLabel, long collective,
            long individual, long household, long total, long amount) {
    }

    /**
     * Reward money decided in the year against the year's fund (quỹ thi đua, khen thưởng).
     *
     * @param reservedPercent share of the fund kept for organising costs (R-FUND-01)
     * @param available       the fund less that reserve: what rewards may use
     * @param remaining       available less decided plus money to recover from revocations
     */
    public record Fund(long fundAmount, int reservedPercent, long available, long decided, long toRecover,
            long remaining, double usedShare, String citation, String status) {
    }

    // --- clusters, metrics, deliveries -----------------------------------------------------------------------------

    public record ClusterRanks(String sheetId, String clusterCode, String clusterName, List<RankLine> ranks) {
    }

    public record RankLine(String unit, String unitName, int rank, double total, String tieBreak) {
    }

    public record Metrics(StepLine bottleneck, double bottleneckShare, List<StepLine> steps, List<RiskLine> risks) {
    }

    public record StepLine(String step, String label, int count, double median, double p90) {
    }

    public record RiskLine(String unit, String unitName, double score, String level, String levelLabel, int late,
            int deadlines) {
    }

    /** Delivery health of notices (notification-service) over the last days. */
    public record Deliveries(long sent, long failed, long failedFinal, Map<String, Long> failedByChannel) {
    }
}
