package vn.tdkt.reporting.dashboard.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary;
import lombok.RequiredArgsConstructor;

@Tag(name = "Bảng điều hành (dashboard)", description = "Số liệu của bảng điều hành tỉnh: nhiệm vụ sắp đến hạn và quá "
        + "hạn, bản đồ nhiệt theo đơn vị và tháng, hồ sơ và Hội đồng, khen thưởng và quỹ, cụm khối và quy trình; "
        + "luồng sự kiện báo khi số liệu thay đổi. — The provincial dashboard's figures, and an event stream that "
        + "says when they change.")
@RestController
@RequestMapping("/api/v1/dashboard")
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class DashboardController {

    private final DashboardQueries queries;
    private final DashboardStream stream;

    /**
     * Reads the dashboard's figures.
     * <p>LEADER, SNV_OFFICER, ADMIN and COUNCIL_MEMBER read the whole province, or one unit with {@code unit} (the
     * drill-down); a UNIT_OFFICER reads their own unit (another {@code unit} answers 404). The summary holds the cards,
     * the heat map of units by month over the deadlines of the tasks they lead and the reports they owe, tasks by unit,
     * the due-soon and overdue lists, reporting compliance, dossiers by step, council sessions, awards and the fund,
     * cluster ranks and the process metrics.
     *
     * @param unit one unit's figures (province-wide readers); the whole province when left out
     * @param year the year; the current one when left out
     * @return the dashboard summary
     */
    @GetMapping("/summary")
    public DashboardSummary summary(TdktPrincipal principal, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year) {
        return queries.summary(principal, unit, year);
    }

    /**
     * Streams a notice whenever the dashboard's figures may have changed.
     * <p>Any reader. Server-sent events: {@code connected} first, then {@code summary-changed} (debounced) after each
     * change of the read models, and a heartbeat comment. The browser's {@code EventSource} cannot send an
     * {@code Authorization} header, so this endpoint alone also takes the token as {@code ?access_token=}. Read the
     * summary again on each notice.
     *
     * @return the event stream (text/event-stream)
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(TdktPrincipal principal) {
        Access.scope(principal, null);
        return stream.connect();
    }
}
