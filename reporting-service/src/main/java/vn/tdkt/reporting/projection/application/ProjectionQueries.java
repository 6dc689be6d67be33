package vn.tdkt.reporting.projection.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.reporting.projection.domain.AwardRow;
import vn.tdkt.reporting.projection.domain.ClusterRow;
import vn.tdkt.reporting.projection.domain.CouncilSessionRow;
import vn.tdkt.reporting.projection.domain.DeliveryRow;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.MovementRow;
import vn.tdkt.reporting.projection.domain.PlanRow;
import vn.tdkt.reporting.projection.domain.RegistrationRow;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.projection.domain.UnitRow;
import vn.tdkt.reporting.projection.persistence.AwardRows;
import vn.tdkt.reporting.projection.persistence.ClusterRows;
import vn.tdkt.reporting.projection.persistence.CouncilSessions;
import vn.tdkt.reporting.projection.persistence.DeliveryRows;
import vn.tdkt.reporting.projection.persistence.DossierRows;
import vn.tdkt.reporting.projection.persistence.MovementRows;
import vn.tdkt.reporting.projection.persistence.PlanRows;
import vn.tdkt.reporting.projection.persistence.RegistrationRows;
import vn.tdkt.reporting.projection.persistence.TaskRows;
import vn.tdkt.reporting.projection.persistence.UnitRows;
import lombok.RequiredArgsConstructor;

/**
 * The read side of the projections for the other features of this service (dashboard, scoring, statistics,
 * metrics, reports): they ask here and get domain rows, never documents or stores. Access control is the caller's
 * business: these methods take the unit to narrow to, already checked.
 */
@Service
@RequiredArgsConstructor
public class ProjectionQueries {

    private final TaskRows tasks;
    private final DossierRows dossiers;
    private final CouncilSessions sessions;
    private final AwardRows awards;
    private final MovementRows movements;
    private final RegistrationRows registrations;
    private final ClusterRows clusters;
    private final UnitRows units;
    private final PlanRows plans;
    private final DeliveryRows deliveries;

    /** Every unit heard of, by code. */
    public Map<String, UnitRow> units() {
        Map<String, UnitRow> byCode = new LinkedHashMap<>();
        units.all().forEach(unit -> byCode.put(unit.code(), unit));
        return byCode;
    }

    public Optional<UnitRow> unit(String code) {
        return units.find(code);
    }

    /** Tasks {@code unit} leads or coordinates ({@code null}: all). */
    public List<TaskRow> tasksConcerning(String unit) {
        return tasks.concerning(unit);
    }

    public List<TaskRow> taskPage(String unit, TaskState state, LocalDate today, PageQuery page) {
        return tasks.page(unit, state, today, page);
    }

    public long taskCount(String unit, TaskState state, LocalDate today) {
        return tasks.count(unit, state, today);
    }

    public Optional<TaskRow> task(String taskId) {
        return tasks.find(taskId);
    }

    /** One dossier's row with how far it followed its sources. */
    public Optional<Map.Entry<DossierRow, vn.tdkt.reporting.projection.domain.RowTrace>> dossierTraced(String id) {
        return dossiers.find(id).flatMap(row -> dossiers.trace(id).map(trace -> Map.entry(row, trace)));
    }

    public List<DossierRow> dossiers(String unit) {
        return dossiers.ofUnit(unit);
    }

    public List<CouncilSessionRow> councilSessions() {
        return sessions.byStart();
    }

    public List<AwardRow> awardsDecidedBetween(LocalDate from, LocalDate to, String unit) {
        return awards.decidedBetween(from, to, unit);
    }

    public List<MovementRow> movements() {
        return movements.all();
    }

    public List<RegistrationRow> registrationsOf(List<String> unitCodes) {
        return registrations.ofUnits(unitCodes);
    }

    public List<ClusterRow> clusters(int year) {
        return clusters.ofYear(year);
    }

    public Optional<ClusterRow> cluster(String clusterId) {
        return clusters.find(clusterId);
    }

    public List<PlanRow> plans() {
        return plans.all();
    }

    public List<DeliveryRow> deliveriesSince(Instant from) {
        return deliveries.since(from);
    }
}
