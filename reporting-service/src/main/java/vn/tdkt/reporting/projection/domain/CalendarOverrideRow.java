package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.CalendarOverridden;

/** One year of the working-day calendar as an administrator replaced it in plan-service. */
public final class CalendarOverrideRow {

    private String calendarId;
    private int year;
    private String data;
    private String overriddenBy;
    private Instant overriddenAt;

    private CalendarOverrideRow() {
    }

    public static CalendarOverrideRow of(String calendarId) {
        CalendarOverrideRow row = new CalendarOverrideRow();
        row.calendarId = calendarId;
        return row;
    }

    public void overridden(CalendarOverridden e) {
        year = e.year();
        data = e.data();
        overriddenBy = e.overriddenBy();
        overriddenAt = e.overriddenAt();
    }

    public String calendarId() { return calendarId; }
    public int year() { return year; }
    public String data() { return data; }
    public String overriddenBy() { return overriddenBy; }
    public Instant overriddenAt() { return overriddenAt; }
}
