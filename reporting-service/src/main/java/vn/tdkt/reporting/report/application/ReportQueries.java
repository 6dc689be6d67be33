package vn.tdkt.reporting.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.report.domain.Compliance;
import vn.tdkt.reporting.report.domain.ReportDuty;
import vn.tdkt.reporting.report.persistence.ReportDutyStore;
import lombok.RequiredArgsConstructor;

/**
 * The read side of report duties: compliance per unit and period for the API, and the duties themselves for the
 * other features of this service (dashboard heat map, cluster scoring, process metrics).
 */
@Service
@RequiredArgsConstructor
public class ReportQueries {

    private final ReportDutyStore duties;
    private final Clock clock;

    /** One duty as compliance sees it. */
    public record DutyLine(String dutyId, String obligationId, String title, String period, LocalDate deadline,
            Compliance compliance, String complianceLabel) {
    }

    /** A unit's compliance with the duties asked (cancelled ones excluded). */
    public record UnitCompliance(String unitCode, Map<Compliance, Long> counts, List<DutyLine> duties) {
    }

    /** Duties of {@code unit} ({@code null}: all) for {@code year} ({@code null}: all years); for other features. */
    public List<ReportDuty> duties(String unit, Integer year) {
        return duties.find(unit, year, null, null).stream().map(Versioned::value).toList();
    }

    public List<UnitCompliance> compliance(TdktPrincipal caller, Integer year, String period, String unit) {
        String scope = Access.scope(caller, unit).orElse(null);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ReportDuty>> byUnit = new TreeMap<>();
        for (Versioned<ReportDuty> duty : duties.find(scope, year,
                period == null || period.isBlank() ? null : period.trim(), null)) {
            byUnit.computeIfAbsent(duty.value().unitCode(), u -> new ArrayList<>()).add(duty.value());
        }
        List<UnitCompliance> result = new ArrayList<>();
        byUnit.forEach((unitCode, unitDuties) -> {
            Map<Compliance, Long> counts = new EnumMap<>(Compliance.class);
            for (Compliance compliance : Compliance.values()) {
                counts.put(compliance, 0L);
            }
            List<DutyLine> lines = new ArrayList<>();
            for (ReportDuty duty : unitDuties) {
                Compliance compliance = duty.compliance(today);
                counts.merge(compliance, 1L, Long::sum);
                lines.add(new DutyLine(duty.id(), duty.obligationId(), duty.title(), duty.period(), duty.deadline(),
                        compliance, compliance.label()));
            }
            result.add(new UnitCompliance(unitCode, counts, lines));
        });
        return result;
    }
}
