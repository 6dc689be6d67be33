package vn.tdkt.calendar;

import java.time.LocalDate;

/**
 * The part of a working-day calendar a reminder ladder needs: moving a date off a day that is not a working day.
 * {@link WorkingDayCalendar} is one; a domain test that wants weekdays only builds it from a {@link CalendarYear}
 * without exceptions rather than writing its own.
 */
public interface HolidayShift {

    /** The date itself if it is a working day, else the closest earlier working day. */
    LocalDate previousWorkingDayOnOrBefore(LocalDate date);

    /** The date itself if it is a working day, else the closest later working day. */
    LocalDate nextWorkingDayOnOrAfter(LocalDate date);
}
