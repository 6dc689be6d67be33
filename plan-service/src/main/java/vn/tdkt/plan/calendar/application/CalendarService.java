package vn.tdkt.plan.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.calendar.CalendarDataWriter;
import vn.tdkt.calendar.CalendarYear;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.plan.calendar.domain.CalendarOverride;
import vn.tdkt.plan.calendar.persistence.CalendarOverrideStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;

/**
 * The effective working-day calendar: the bundled yearly data, with each year an admin stored in Mongo replacing
 * the bundled one (corrections without a release). Overrides are re-read at most every {@code refresh} so every
 * instance picks up another instance's change; the instance that stored it sees it at once.
 */
@Service
public class CalendarService {

    public enum Source { BUNDLED, OVERRIDE, FALLBACK }

    public record EffectiveYear(int year, Source source, CalendarYear data, String text,
                                java.time.Instant updatedAt, String updatedBy) {
    }

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarOverrideStore overrides;
    private final List<CalendarYear> bundled;
    private final Duration refresh;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) {
    }

    public CalendarService(CalendarOverrideStore overrides, Clock clock,
            @Value("${tdkt.calendar.override-refresh:PT1M}") Duration refresh) {
        this.overrides = overrides;
        this.clock = clock;
        this.refresh = refresh;
        this.bundled = BundledCalendarData.load();
    }

    public WorkingDayCalendar calendar() {
        Snapshot current = snapshot;
        return (isStale(current) ? reload() : current).calendar();
    }

    /** Forgets the cached calendar: the next use reads the overrides again (after an override, in tests). */
    public void invalidate() {
        snapshot = null;
    }

    private boolean isStale(Snapshot current) {
        return current == null || System.nanoTime() - current.loadedAtNanos() > refresh.toNanos();
    }

    private synchronized Snapshot reload() {
        Snapshot current = snapshot;
        if (!isStale(current)) {
            return current; // another caller reloaded while this one waited for the lock
        }
        List<CalendarYear> years = new ArrayList<>();
        for (CalendarOverride override : overrides.all()) {
            try {
                years.add(override.data());
            } catch (DomainException e) {
                // stored overrides were validated on the way in; one that no longer parses must not stop every
                // deadline computation, so its year falls back to the bundled data
                log.warn("Calendar override for {} cannot be read ({}); using the bundled data for that year",
                        override.year(), e.getMessage());
            }
        }
        Snapshot fresh = new Snapshot(WorkingDayCalendar.of(bundled).withOverrides(years), System.nanoTime());
        snapshot = fresh;
        return fresh;
    }

    public EffectiveYear year(int year) {
        Optional<CalendarOverride> override = overrides.find(CalendarOverride.calendarId(year)).map(v -> v.value());
        if (override.isPresent()) {
            CalendarOverride stored = override.get();
            return new EffectiveYear(year, Source.OVERRIDE, stored.data(), stored.text(), stored.updatedAt(),
                    stored.updatedBy());
        }
        return bundled.stream().filter(data -> data.year() == year).findFirst()
                .map(data -> new EffectiveYear(year, Source.BUNDLED, data,
                        new CalendarDataWriter().format(data, List.of()), null, null))
                .orElse(new EffectiveYear(year, Source.FALLBACK, null, null, null, null));
    }

    /**
     * Stores a validated replacement for one year (ADMIN) and publishes it (calendar-overridden) in the same write, so
     * every service that counts working days applies it.
     */
    public EffectiveYear override(TdktPrincipal caller, int year, String text) {
        caller.requireAnyRole(TdktRole.ADMIN);
        String id = CalendarOverride.calendarId(year);
        if (overrides.find(id).isPresent()) {
            overrides.update(id, VersionPrecondition.none(), stored -> stored.replace(text, caller.subject(), clock.instant()));
        } else {
            try {
                overrides.insert(CalendarOverride.create(year, text, caller.subject(), clock.instant()));
            } catch (DuplicateKeyException raced) {
                overrides.update(id, VersionPrecondition.none(),
                        stored -> stored.replace(text, caller.subject(), clock.instant()));
            }
        }
        invalidate();
        return year(year);
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        return calendar().addWorkingDays(from, days);
    }
}
