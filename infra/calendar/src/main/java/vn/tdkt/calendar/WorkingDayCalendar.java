package vn.tdkt.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar of Vietnamese state agencies (Monday–Friday, minus holidays, compensatory
 * and swapped days off, plus make-up Saturdays), used for legal time limits such as "trong thời hạn
 * 20 ngày làm việc" and for moving reminders off holidays.
 *
 * <p>Immutable and thread-safe. Years with data ({@link #isCovered(int)}) use that data only. Years
 * without data fall back to weekends plus the fixed-date solar holidays (1/1, 30/4, 1/5, 2/9): the
 * lunar holidays and the yearly swaps are unknown there, so callers should warn when a deadline
 * lands in an uncovered year.
 */
public final class WorkingDayCalendar implements HolidayShift {

    private static final String FALLBACK_SOURCE = "Bộ luật Lao động 2019, Điều 112 (năm chưa có dữ liệu lịch: chỉ ngày lễ dương lịch cố định)";
    private static final Map<MonthDay, String> FIXED_SOLAR_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Tết Dương lịch",
            MonthDay.of(4, 30), "Ngày Chiến thắng 30/4",
            MonthDay.of(5, 1), "Ngày Quốc tế Lao động 1/5",
            MonthDay.of(9, 2), "Quốc khánh 2/9");

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, CalendarEntry> entries;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        Map<LocalDate, CalendarEntry> index = new HashMap<>();
        for (CalendarYear year : years.values()) {
            for (CalendarEntry entry : year.entries()) {
                index.put(entry.date(), entry);
            }
        }
        this.entries = Collections.unmodifiableMap(index);
    }

    /**
     * Builds a calendar from yearly data.
     *
     * @throws IllegalArgumentException if two data sets are given for the same year (use
     *                                  {@link #withOverrides(Collection)} to replace a year on purpose)
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> calendarYears) {
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        for (CalendarYear year : calendarYears) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Calendar data for " + year.year() + " given twice");
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** A calendar with no yearly data at all: weekends and fixed solar holidays only. */
    public static WorkingDayCalendar withoutData() {
        return new WorkingDayCalendar(Map.of());
    }

    /**
     * Returns a calendar where each given year replaces the whole data of that year (entries are not
     * merged: a corrected year is re-issued in full, which keeps its provenance unambiguous).
     */
    public WorkingDayCalendar withOverrides(Collection<CalendarYear> overrides) {
        Map<Integer, CalendarYear> merged = new HashMap<>(years);
        Map<Integer, CalendarYear> seen = new HashMap<>();
        for (CalendarYear year : overrides) {
            if (seen.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("Override for " + year.year() + " given twice");
            }
            merged.put(year.year(), year);
        }
        return new WorkingDayCalendar(merged);
    }

    /** Whether the given year has calendar data (official or projected). */
    public boolean isCovered(int year) {
        return years.containsKey(year);
    }

    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return entryOn(date)
                .map(entry -> !entry.kind().isDayOff())
                .orElse(!CalendarYear.isWeekend(date));
    }

    /**
     * The exception recorded for a date, if any: a data entry in covered years, or a synthesised
     * {@link DayKind#HOLIDAY} entry for a fixed solar holiday in uncovered years.
     */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        if (years.containsKey(date.getYear())) {
            return Optional.ofNullable(entries.get(date));
        }
        String fixed = FIXED_SOLAR_HOLIDAYS.get(MonthDay.from(date));
        return fixed == null
                ? Optional.empty()
                : Optional.of(new CalendarEntry(date, DayKind.HOLIDAY, fixed, FALLBACK_SOURCE));
    }

    /** Name of the holiday or day off on that date; empty for ordinary days, weekends and make-up days. */
    public Optional<String> holidayName(LocalDate date) {
        return entryOn(date).filter(entry -> entry.kind().isDayOff()).map(CalendarEntry::label);
    }

    /**
     * "N ngày làm việc kể từ ngày D": the n-th working day after {@code from} (n &gt; 0) or before it
     * (n &lt; 0). {@code from} itself never counts, whether or not it is a working day, which matches
     * how legal time limits are counted from the day after receipt. n = 0 returns {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate date = from;
        while (remaining > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Number of working days in the half-open interval (d1, d2]: d1 excluded, d2 included. This is the
     * inverse of {@link #addWorkingDays}: for n &ge; 0, {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     * If d2 is before d1 the result is negative: {@code -workingDaysBetween(d2, d1)}. Equal dates give 0.
     */
    public int workingDaysBetween(LocalDate d1, LocalDate d2) {
        Objects.requireNonNull(d1, "d1");
        Objects.requireNonNull(d2, "d2");
        if (d2.isBefore(d1)) {
            return -workingDaysBetween(d2, d1);
        }
        int count = 0;
        for (LocalDate date = d1.plusDays(1); !date.isAfter(d2); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The date itself if it is a working day, otherwise the closest earlier working day. */
    @Override
    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        return firstWorkingDayFrom(date, -1);
    }

    /** The date itself if it is a working day, otherwise the closest later working day. */
    @Override
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return firstWorkingDayFrom(date, 1);
    }

    /** The date itself if it is a working day, otherwise the first working day met stepping {@code step} days. */
    private LocalDate firstWorkingDayFrom(LocalDate date, int step) {
        Objects.requireNonNull(date, "date");
        LocalDate candidate = date;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(step);
        }
        return candidate;
    }

    /** All exceptions of covered years, by date; useful to render a year view. */
    public List<CalendarEntry> entries(int year) {
        CalendarYear data = years.get(year);
        return data == null ? List.of() : data.entries();
    }
}
