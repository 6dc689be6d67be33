package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;

/** The part of the working-day calendar the ladder needs. */
public interface HolidayShift {

    /** The date itself if it is a working day, else the closest earlier working day. */
    LocalDate previousWorkingDayOnOrBefore(LocalDate date);

    /** The date itself if it is a working day, else the closest later working day. */
    LocalDate nextWorkingDayOnOrAfter(LocalDate date);
}
