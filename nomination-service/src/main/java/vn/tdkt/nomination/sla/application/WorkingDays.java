package vn.tdkt.nomination.sla.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.calendar.CalendarDataException;
import vn.tdkt.calendar.CalendarDataParser;
import vn.tdkt.calendar.CalendarYear;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.nomination.sla.domain.SlaContext;
import vn.tdkt.nomination.sla.persistence.CalendarOverrideStore;
import lombok.RequiredArgsConstructor;

/**
 * The working-day calendar this service counts on: the yearly data bundled in {@code infra/calendar}, each year an
 * administrator overrode (learned from {@code calendar-overridden}) replacing the bundled one. Stored overrides are
 * re-read at most every {@code calendar-refresh}, so every instance picks up an override that another instance
 * consumed; the consuming instance sees it at once.
 */
@Service
@EnableConfigurationProperties(SlaProperties.class)
@RequiredArgsConstructor
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final CalendarOverrideStore overrides;
    private final SlaProperties properties;
    private final List<CalendarYear> bundled = BundledCalendarData.load();
    private volatile Snapshot snapshot;

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) {
    }

    public WorkingDayCalendar calendar() {
        Snapshot current = snapshot;
        return (isStale(current) ? reload() : current).calendar();
    }

    /** The clocks' budgets and the calendar in force. */
    public SlaContext context() {
        return new SlaContext(properties.policy(), calendar());
    }

    /**
     * Applies an administrator's override (idempotent: a stale or repeated event changes nothing). Data that does
     * not parse is refused before it is stored, so it can never stop the clocks.
     *
     * @return true if the stored calendar changed
     */
    public boolean applyOverride(String calendarId, long sequence, int year, String data, String by, Instant at) {
        CalendarYear parsed = new CalendarDataParser().parse(data);
        if (parsed.year() != year) {
            throw new CalendarDataException(0, "calendar-overridden for " + year + " carries data of " + parsed.year());
        }
        boolean changed = overrides.put(calendarId, sequence, year, data, by, at);
        if (changed) {
            snapshot = null;
        }
        return changed;
    }

    private boolean isStale(Snapshot current) {
        return current == null || System.nanoTime() - current.loadedAtNanos() > properties.calendarRefresh().toNanos();
    }

    private synchronized Snapshot reload() {
        Snapshot current = snapshot;
        if (!isStale(current)) {
            return current;
        }
        List<CalendarYear> years = new ArrayList<>();
        CalendarDataParser parser = new CalendarDataParser();
        for (CalendarOverrideStore.StoredOverride stored : overrides.all()) {
            try {
                years.add(parser.parse(stored.data()));
            } catch (CalendarDataException e) {
                log.warn("Stored calendar override {} cannot be read ({}); using the bundled data for {}",
                        stored.calendarId(), e.getMessage(), stored.year());
            }
        }
        Snapshot fresh = new Snapshot(WorkingDayCalendar.of(bundled).withOverrides(latestPerYear(years)),
                System.nanoTime());
        snapshot = fresh;
        return fresh;
    }

    private static List<CalendarYear> latestPerYear(List<CalendarYear> years) {
        java.util.Map<Integer, CalendarYear> byYear = new java.util.LinkedHashMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        return List.copyOf(byYear.values());
    }
}
