package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.CalendarOverridden;

/** One year of the working-day calendar as an administrator replaced it in plan-service. */
public record CalendarOverrideRow(String calendarId, int year, String data, String overriddenBy,
        Instant overriddenAt) {

    public static CalendarOverrideRow of(String calendarId) {
        return new CalendarOverrideRow(calendarId, 0, null, null, null);
    }

    public CalendarOverrideRow overridden(CalendarOverridden e) {
        return new CalendarOverrideRow(calendarId, e.year(), e.data(), e.overriddenBy(), e.overriddenAt());
    }
}
