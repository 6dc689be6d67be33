package vn.tdkt.reporting.projection.application;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.calendar.CalendarDataParser;
import vn.tdkt.calendar.CalendarYear;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.reporting.projection.domain.CalendarOverrideRow;
import vn.tdkt.reporting.projection.persistence.CalendarOverrides;
import lombok.RequiredArgsConstructor;

/**
 * The Vietnamese working-day calendar as every service uses it ({@code infra/calendar} data), with the years an
 * administrator replaced in plan-service ({@code calendar-overridden}) taking the place of the bundled ones, so
 * report deadlines move off holidays exactly as task deadlines do.
 */
@Service
@RequiredArgsConstructor
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final CalendarOverrides overrides;
    private final WorkingDayCalendar bundled = BundledCalendarData.calendar();
    private volatile WorkingDayCalendar current;

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = current;
        if (calendar == null) {
            calendar = load();
            current = calendar;
        }
        return calendar;
    }

    /** The next use reads the overrides again. */
    public void invalidate() {
        current = null;
    }

    private WorkingDayCalendar load() {
        CalendarDataParser parser = new CalendarDataParser();
        List<CalendarYear> years = new ArrayList<>();
        for (CalendarOverrideRow row : overrides.all()) {
            try {
                years.add(parser.parse(row.data()));
            } catch (RuntimeException unreadable) {
                // plan-service validated it before publishing; a year we cannot read keeps the bundled data
                log.warn("Calendar override {} could not be read; the bundled year stays in force", row.calendarId(),
                        unreadable);
            }
        }
        return years.isEmpty() ? bundled : bundled.withOverrides(years);
    }
}
