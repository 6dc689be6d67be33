package vn.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The working-day exceptions of one calendar year, with their provenance.
 *
 * <p>Invariants are checked here rather than in the parser so that data built by other means
 * (a database override, the {@link StatutoryHolidayProjector}) gets the same protection: every entry
 * lies in the year, no date appears twice, a make-up working day is a Saturday or Sunday, and a
 * compensatory or swapped day off is a weekday (otherwise it would change nothing and most likely
 * hides a typo in the date).
 *
 * @param year    the Gregorian year
 * @param status  official decision or projection
 * @param sources the documents the data comes from, in the order given
 * @param entries the exceptions, sorted by date
 */
public record CalendarYear(int year, DataStatus status, List<String> sources, List<CalendarEntry> entries) {

    public CalendarYear {
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        List<CalendarEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CalendarEntry::date));
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry entry : sorted) {
            LocalDate date = entry.date();
            if (date.getYear() != year) {
                throw new IllegalArgumentException("Entry " + date + " does not belong to calendar year " + year);
            }
            if (!seen.add(date)) {
                throw new IllegalArgumentException("Date " + date + " appears twice in calendar year " + year);
            }
            boolean weekend = isWeekend(date);
            if (entry.kind() == DayKind.MAKEUP_WORKING_DAY && !weekend) {
                throw new IllegalArgumentException("Make-up working day " + date + " is not a Saturday or Sunday");
            }
            if ((entry.kind() == DayKind.COMPENSATORY_DAY_OFF || entry.kind() == DayKind.SWAPPED_DAY_OFF) && weekend) {
                throw new IllegalArgumentException(entry.kind().label() + " " + date + " falls on a weekend");
            }
        }
        entries = List.copyOf(sorted);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
