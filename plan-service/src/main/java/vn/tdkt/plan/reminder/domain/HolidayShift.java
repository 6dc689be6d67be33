package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;
import vn.tdkt.calendar.WorkingDayCalendar;

/** The part of the working-day calendar the ladder needs. */
public interface HolidayShift {

    /** The date itself if it is a working day, else the closest earlier working day. */
    LocalDate previousWorkingDayOnOrBefore(LocalDate date);

    /** The date itself if it is a working day, else the closest later working day. */
    LocalDate nextWorkingDayOnOrAfter(LocalDate date);

    /** The shift of a working-day calendar (weekends, holidays with lunar Tết, make-up days). */
    static HolidayShift of(WorkingDayCalendar calendar) {
        return new HolidayShift() {
            @Override
            public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
                return calendar.previousWorkingDayOnOrBefore(date);
            }

            @Override
            public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
                return calendar.nextWorkingDayOnOrAfter(date);
            }
        };
    }
}
