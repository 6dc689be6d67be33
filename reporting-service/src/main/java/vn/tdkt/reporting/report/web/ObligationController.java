package vn.tdkt.reporting.report.web;

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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.report.application.ObligationService;
import vn.tdkt.reporting.report.application.ReportTemplates;
import vn.tdkt.reporting.report.domain.ReportKind;
import vn.tdkt.reporting.report.domain.ReportObligation;
import vn.tdkt.reporting.report.domain.ReportTemplate;
import vn.tdkt.reporting.report.web.ReportViews.ObligationView;

/** Report obligations (six-month, annual, thematic reports asked by the Sở Nội vụ; plan-task and statistical ones). */
@RestController
@PreAuthorize(Access.READERS)
public class ObligationController {

    private final ObligationService obligations;
    private final ReportTemplates templates;

    public ObligationController(ObligationService obligations, ReportTemplates templates) {
        this.obligations = obligations;
        this.templates = templates;
    }

    /**
     * @param period {@code 2026}, {@code 2026-H1}, {@code 2026-Q3} or {@code 2026-06}
     * @param units  codes of the units that owe the report
     */
    public record ObligationRequest(@NotBlank String title, @NotNull ReportKind kind, @NotBlank String period,
            @NotNull LocalDate dueDate, @NotEmpty List<@NotBlank String> units, @NotBlank String templateCode,
            String description) {
    }

    @PostMapping("/api/v1/report-obligations")
    public ResponseEntity<ObligationView> define(TdktPrincipal caller, @Valid @RequestBody ObligationRequest request) {
        Versioned<ReportObligation> created = obligations.define(caller, new ObligationService.Definition(
                request.title(), request.kind(), request.period(), request.dueDate(), request.units(),
                request.templateCode(), request.description()));
        return ETags.created(URI.create("/api/v1/report-obligations/" + created.value().id()), created,
                ObligationView::of);
    }

    @GetMapping("/api/v1/report-obligations")
    public List<ObligationView> list(TdktPrincipal caller, @RequestParam(required = false) Integer year) {
        return obligations.list(caller, year).stream().map(o -> ObligationView.of(o.value())).toList();
    }

    @GetMapping("/api/v1/report-obligations/{id}")
    public ResponseEntity<ObligationView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(obligations.get(caller, id), ObligationView::of);
    }

    /** The templates an obligation may use, with the figures each asks for. */
    @GetMapping("/api/v1/report-templates")
    public List<ReportTemplate> templates(TdktPrincipal caller) {
        Access.scope(caller, null);
        return templates.all();
    }
}
