package vn.tdkt.reporting.metrics.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.metrics.application.ProcessMetricsService;
import lombok.RequiredArgsConstructor;

/** Lead times, bottleneck and late risk of the TĐKT process. */
@Tag(name = "Số liệu quy trình (process metrics)", description = "Thời gian xử lý từng bước (gửi → thẩm định → biểu "
        + "quyết → quyết định; giao → hoàn thành nhiệm vụ), điểm nghẽn và nguy cơ trễ hạn của từng đơn vị. — Lead "
        + "times per step, the bottleneck, and each unit's late risk.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class ProcessMetricsController {

    private final ProcessMetricsService metrics;

    /**
     * Reads the lead times, bottleneck and late risk of the process.
     * <p>Province-wide readers, or a unit officer for their own unit. Lead times in days (median and 90th percentile)
     * of submitted → appraised → voted → decided per unit and award form, and of task assigned → done; the bottleneck
     * is the dossier step with the longest median; a unit's late risk is (late + 1) / (deadlines + 2) over its passed
     * deadlines: LOW below 0.25, MEDIUM below 0.5, HIGH above.
     *
     * @param year the year the measured steps ended in; the current one when left out
     * @param unit one unit (a unit officer: their own)
     * @return the metrics
     */
    @GetMapping("/api/v1/process-metrics")
    public ProcessMetricsService.Metrics get(TdktPrincipal caller, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit) {
        return metrics.metrics(caller, year, unit);
    }
}
