package vn.tdkt.plan.calendar.domain;

import java.time.Instant;
import java.util.List;
import vn.tdkt.calendar.CalendarDataException;
import vn.tdkt.calendar.CalendarDataParser;
import vn.tdkt.calendar.CalendarYear;
import vn.tdkt.contracts.plan.CalendarEvent;
import vn.tdkt.contracts.plan.CalendarOverridden;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * An administrator's replacement of one year of the working-day calendar (a make-up day decided late, a holiday the
 * Government moved), keyed {@code vn-<year>}. It replaces the bundled year without a release, and every replacement
 * is published (calendar-overridden) so that every service counts working days alike.
 */
public class CalendarOverride {

    private String calendarId;
    private int year;
    private String text;
    private Instant updatedAt;
    private String updatedBy;

    private CalendarOverride() {
    }

    public static String calendarId(int year) {
        return "vn-" + year;
    }

    /** The first override of a year; the text must be that year's data in the format of {@code calendar/vn-<year>.txt}. */
    public static Created<CalendarOverride, CalendarEvent> create(int year, String text, String by, Instant at) {
        CalendarOverride override = new CalendarOverride();
        override.calendarId = calendarId(year);
        override.year = year;
        return new Created<>(override, override.replace(text, by, at));
    }

    /** Replaces the year's data (validated first: a text that does not parse, or is another year, changes nothing). */
    public List<CalendarEvent> replace(String newText, String by, Instant at) {
        CalendarYear parsed = parse(newText);
        if (parsed.year() != year) {
            throw DomainException.invalid("calendar.year-mismatch", parsed.year(), year);
        }
        text = newText;
        updatedAt = at;
        updatedBy = by;
        return List.of(new CalendarOverridden(calendarId, year, newText, by, at));
    }

    /** The data, parsed. */
    public CalendarYear data() {
        return parse(text);
    }

    private static CalendarYear parse(String text) {
        try {
            return new CalendarDataParser().parse(text == null ? "" : text);
        } catch (CalendarDataException e) {
            throw DomainException.invalid("calendar.data-invalid", e.lineNumber(), e.getMessage());
        }
    }

    public String calendarId() { return calendarId; }
    public int year() { return year; }
    public String text() { return text; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
