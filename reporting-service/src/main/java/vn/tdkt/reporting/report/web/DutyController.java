package vn.tdkt.reporting.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.report.application.DutyService;
import vn.tdkt.reporting.report.application.ReportQueries;
import vn.tdkt.reporting.report.web.ReportViews.DutyView;

/** Each unit's duty per report, and compliance per unit and period (on time, late, missing). */
@RestController
@PreAuthorize(Access.READERS)
public class DutyController {

    private final DutyService duties;
    private final ReportQueries queries;
    private final Clock clock;

    public DutyController(DutyService duties, ReportQueries queries, Clock clock) {
        this.duties = duties;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/report-duties")
    public List<DutyView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String obligationId) {
        LocalDate today = LocalDate.now(clock);
        return duties.list(caller, unit, year, period, obligationId).stream()
                .map(d -> DutyView.of(d.value(), today)).toList();
    }

    @GetMapping("/api/v1/report-duties/{id}")
    public ResponseEntity<DutyView> get(TdktPrincipal caller, @PathVariable String id) {
        LocalDate today = LocalDate.now(clock);
        return ETags.ok(duties.get(caller, id), d -> DutyView.of(d, today));
    }

    @GetMapping("/api/v1/report-compliance")
    public List<ReportQueries.UnitCompliance> compliance(TdktPrincipal caller,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit) {
        return queries.compliance(caller, year, period, unit);
    }
}
