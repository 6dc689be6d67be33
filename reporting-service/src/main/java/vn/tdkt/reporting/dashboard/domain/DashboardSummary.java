package vn.tdkt.reporting.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tdkt.reporting.projection.domain.DossierState;

/**
 * The provincial dashboard at one moment, for one scope.
 *
 * @param unit the unit the figures are limited to, or {@code null} for the whole province
 */
public record DashboardSummary(Instant generatedAt, String unit, Tasks tasks, Dossiers dossiers) {

    public record Tasks(long planned, long dueSoon, long overdue, long done, long total, List<UnitTasks> byUnit,
            List<DueSoonTask> dueSoonList, List<OverdueTask> overdueList) {
    }

    /** Figures of one lead unit; units with no open task still appear while they have tasks. */
    public record UnitTasks(String unit, long dueSoon, long overdue, long done, long total) {
    }

    /** @param daysLeft calendar days from today to the due date (negative once it has passed) */
    public record DueSoonTask(String taskId, String content, String leadUnit, LocalDate dueDate, long daysLeft) {
    }

    /** @param daysLate calendar days since the due date */
    public record OverdueTask(String taskId, String content, String leadUnit, LocalDate dueDate, long daysLate) {
    }

    /** @param byState every state, zero included, in the order of {@link DossierState} */
    public record Dossiers(long total, Map<DossierState, Long> byState, List<UnitDossiers> byUnit) {
    }

    public record UnitDossiers(String unit, Map<DossierState, Long> byState, long total) {
    }
}
