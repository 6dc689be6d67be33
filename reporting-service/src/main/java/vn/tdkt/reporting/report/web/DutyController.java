package vn.tdkt.reporting.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.reporting.report.application.DutyService;
import vn.tdkt.reporting.report.application.ReportQueries;
import vn.tdkt.reporting.report.web.ReportViews.DutyView;
import lombok.RequiredArgsConstructor;

/** Each unit's duty per report, and compliance per unit and period (on time, late, missing). */
@Tag(name = "Báo cáo của đơn vị (report duties)", description = "Từng báo cáo mỗi đơn vị phải nộp, hạn nộp, trạng "
        + "thái (chưa đến hạn, đúng hạn, trễ hạn, chưa nộp), và tình hình chấp hành báo cáo theo đơn vị và kỳ. — "
        + "Each unit's duty per report, its due date and state, and reporting compliance per unit and period.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class DutyController {

    private final DutyService duties;
    private final ReportQueries queries;
    private final Clock clock;

    /**
     * Lists report duties.
     * <p>Province-wide readers see every unit's, or one unit's with {@code unit}; a unit officer their own (another
     * {@code unit} answers 404).
     *
     * @param unit         one unit's duties
     * @param year         the year of the reporting period
     * @param period       the period, e.g. {@code 2026-H1}
     * @param obligationId the obligation's duties
     * @return the duties, with their state as of today
     */
    @GetMapping("/api/v1/report-duties")
    public List<DutyView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String obligationId) {
        LocalDate today = LocalDate.now(clock);
        return duties.list(caller, unit, year, period, obligationId).stream()
                .map(d -> DutyView.of(d.value(), today)).toList();
    }

    /**
     * Reads one report duty with its submissions.
     * <p>Readable as in the list; another unit's duty answers 404. The {@code ETag} is the duty's version: send it as
     * {@code If-Match} with a submission.
     *
     * @param id the duty id
     * @return the duty
     */
    @GetMapping("/api/v1/report-duties/{id}")
    public ResponseEntity<DutyView> get(TdktPrincipal caller, @PathVariable String id) {
        LocalDate today = LocalDate.now(clock);
        return ETags.ok(duties.get(caller, id), d -> DutyView.of(d, today));
    }

    /**
     * Reports compliance per unit: on time, late, missing, pending, cancelled.
     * <p>Province-wide readers, or a unit officer for their own unit.
     *
     * @param year   the year of the reporting periods
     * @param period one period, e.g. {@code 2026-H1}
     * @param unit   one unit
     * @return per unit, how many duties are in each state
     */
    @GetMapping("/api/v1/report-compliance")
    public List<ReportQueries.UnitCompliance> compliance(TdktPrincipal caller,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String unit) {
        return queries.compliance(caller, year, period, unit);
    }
}
