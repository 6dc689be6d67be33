package vn.tdkt.reporting.dashboard.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.reporting.access.Access;
import vn.tdkt.reporting.dashboard.application.DashboardQueries;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary;

@RestController
@RequestMapping("/api/v1/dashboard")
@PreAuthorize(Access.READERS)
public class DashboardController {

    private final DashboardQueries queries;
    private final DashboardStream stream;

    public DashboardController(DashboardQueries queries, DashboardStream stream) {
        this.queries = queries;
        this.stream = stream;
    }

    /**
     * The whole province for leaders, Sở Nội vụ, admins and council members (or one unit with {@code ?unit=}: the
     * drill-down); the own unit for a unit officer. {@code ?year=} defaults to the current year.
     */
    @GetMapping("/summary")
    public DashboardSummary summary(TdktPrincipal principal, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year) {
        return queries.summary(principal, unit, year);
    }

    /** Server-sent events: {@code connected}, then {@code summary-changed} whenever the figures may have moved. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(TdktPrincipal principal) {
        Access.scope(principal, null);
        return stream.connect();
    }
}
