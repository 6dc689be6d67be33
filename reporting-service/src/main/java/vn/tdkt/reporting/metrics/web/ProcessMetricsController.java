package vn.tdkt.reporting.metrics.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.metrics.application.ProcessMetricsService;

/** Lead times, bottleneck and late risk of the TĐKT process. */
@RestController
@PreAuthorize(Access.READERS)
public class ProcessMetricsController {

    private final ProcessMetricsService metrics;

    public ProcessMetricsController(ProcessMetricsService metrics) {
        this.metrics = metrics;
    }

    /** {@code ?year=} the year the measured steps ended in; {@code ?unit=} one unit (a unit officer: their own). */
    @GetMapping("/api/v1/process-metrics")
    public ProcessMetricsService.Metrics get(TdktPrincipal caller, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit) {
        return metrics.metrics(caller, year, unit);
    }
}
