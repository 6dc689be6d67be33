package vn.tdkt.reporting.dashboard.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary;
import vn.tdkt.reporting.projection.application.ProjectionChanged;

/**
 * Builds each summary (per scope, year and day) at most once per change of the read models: every request and every
 * browser re-fetching after a live push gets the same build until something changes again. A change bumps the
 * generation; an entry of an older generation is rebuilt on its next request (a change during a build leaves that
 * build stale, so it is rebuilt next time too). Builds are counted ({@code tdkt.dashboard.summary.builds}).
 */
@Component
public class SummaryCache {

    private record Entry(long generation, DashboardSummary summary) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong builds = new AtomicLong();
    private final Counter buildCounter;

    public SummaryCache(MeterRegistry meters) {
        this.buildCounter = Counter.builder("tdkt.dashboard.summary.builds")
                .description("Dashboard summaries built (at most one per scope and change)").register(meters);
    }

    public DashboardSummary get(String key, Supplier<DashboardSummary> build) {
        long current = generation.get();
        return entries.compute(key, (k, cached) -> {
            if (cached != null && cached.generation() >= current) {
                return cached;
            }
            builds.incrementAndGet();
            buildCounter.increment();
            return new Entry(current, build.get());
        }).summary();
    }

    @EventListener
    public void onChange(ProjectionChanged changed) {
        generation.incrementAndGet();
        entries.clear();
    }

    /** How many summaries were built since start (tests compare it before and after). */
    public long builds() {
        return builds.get();
    }
}
