package vn.tdkt.reporting.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.report.application.ObligationService;
import vn.tdkt.reporting.report.application.ReportTemplates;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.report.domain.ReportTemplate;
import vn.tdkt.reporting.report.web.ReportViews.ObligationView;
import lombok.RequiredArgsConstructor;

/** Report obligations (six-month, annual, thematic reports asked by the Sở Nội vụ; plan-task and statistical ones). */
@Tag(name = "Nghĩa vụ báo cáo (report obligations)", description = "Các báo cáo Sở Nội vụ yêu cầu (sơ kết 6 tháng, "
        + "tổng kết năm, chuyên đề), báo cáo theo nhiệm vụ của kế hoạch và báo cáo thống kê; mỗi đơn vị phải nộp "
        + "thành một nghĩa vụ có thang nhắc hạn. — The reports Sở Nội vụ asks for, those plan tasks expect and the "
        + "statistical ones; each unit that owes one gets a duty with its reminder ladder.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class ObligationController {

    private final ObligationService obligations;
    private final ReportTemplates templates;

    /**
     * A report the Sở Nội vụ asks units for.
     *
     * @param title        the report's title
     * @param kind         {@code SIX_MONTH}, {@code ANNUAL} or {@code THEMATIC}
     * @param period       {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-06}
     * @param dueDate      the day the report is due
     * @param units        codes of the units that owe the report
     * @param templateCode the template whose figures each unit reports ({@code GET /api/v1/report-templates})
     * @param description  what the report should cover
     */
    public record ObligationRequest(
            @NotBlank @Schema(example = "Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026")
            String title,
            @NotNull @Schema(example = "SIX_MONTH") ReportKind kind,
            @NotBlank @Schema(example = "2026-H1") String period,
            @NotNull @Schema(example = "2026-06-15") LocalDate dueDate,
            @NotEmpty @Schema(example = "[\"SGDDT\", \"SYT\", \"PCHIENGLE\"]") List<@NotBlank String> units,
            @NotBlank @Schema(example = "SO_KET_6_THANG") String templateCode,
            @Schema(example = "Nêu kết quả các phong trào thi đua và công tác khen thưởng 6 tháng đầu năm")
            String description) {
    }

    /**
     * Asks units for a report.
     * <p>SNV_OFFICER or ADMIN (403 otherwise). The kind is a six-month, annual or thematic report (the plan-task and
     * statistical ones come by themselves: 400 {@code report.kind-not-definable}); the period is {@code 2026},
     * {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-06}, and the due date must fall in or after it, at the latest
     * in the following year (400 {@code report.due-date-outside-period}); every unit code must be in the unit
     * directory (400 {@code report.units-unknown} names the others); the template names the figures each unit reports
     * ({@code GET /api/v1/report-templates}). Each unit gets a duty with its reminder ladder (15, 7 and 3 days before,
     * 1 and 7 days after the due date).
     *
     * @return 201 with the obligation, its {@code Location} and {@code ETag}
     */
    @PreAuthorize(Roles.SNV_OR_ADMIN)
    @PostMapping("/api/v1/report-obligations")
    public ResponseEntity<ObligationView> define(TdktPrincipal caller, @Valid @RequestBody ObligationRequest request) {
        Versioned<ReportObligation> created = obligations.define(caller, new ObligationService.Definition(
                request.title(), request.kind(), request.period(), request.dueDate(), request.units(),
                request.templateCode(), request.description()));
        return ETags.created(URI.create("/api/v1/report-obligations/" + created.value().id()), created,
                ObligationView::of);
    }

    /**
     * Lists report obligations.
     * <p>Province-wide readers see all; a unit officer the obligations that name their unit.
     *
     * @param year only the obligations of this year
     * @return the obligations
     */
    @GetMapping("/api/v1/report-obligations")
    public List<ObligationView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return obligations.list(caller, year).stream().map(o -> ObligationView.of(o.value())).toList();
    }

    /**
     * Reads one report obligation.
     * <p>Readable as in the list; another unit's obligation answers 404.
     *
     * @param id the obligation id
     * @return the obligation with its template and units
     */
    @GetMapping("/api/v1/report-obligations/{id}")
    public ResponseEntity<ObligationView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(obligations.get(caller, id), ObligationView::of);
    }

    /**
     * Lists the report templates.
     * <p>Any reader. Each template has its code, title, citation and the figures it asks for (code, label, unit,
     * whether required).
     *
     * @return the templates
     */
    @GetMapping("/api/v1/report-templates")
    public List<ReportTemplate> templates(TdktPrincipal caller) {
        Access.scope(caller, null);
        return templates.all();
    }
}
