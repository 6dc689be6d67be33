package vn.tdkt.nomination.notice.domain;

import java.time.LocalDate;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.platform.domain.DomainException;

/**
 * The days a nominee is published for comment: {@code workingDays} working days, the first being the opening day (or
 * the next working day if it is none), on the same working-day calendar as the dossier clocks. The Ministry of
 * Defence's posting of 20/8–04/9/2025 for 10 working days under NĐ 152/2025 Điều 44 k2 counts the same way (2/9 and
 * 1/9/2025 were holidays).
 */
public record NoticeWindow(LocalDate opensOn, LocalDate closesOn, int workingDays) {

    public static NoticeWindow of(WorkingDayCalendar calendar, LocalDate opensOn, int workingDays) {
        if (opensOn == null) {
            throw DomainException.invalid("notice.opens-on-required");
        }
        if (workingDays < 1) {
            throw DomainException.invalid("notice.working-days-invalid", workingDays);
        }
        LocalDate first = calendar.nextWorkingDayOnOrAfter(opensOn);
        return new NoticeWindow(opensOn, calendar.addWorkingDays(first, workingDays - 1), workingDays);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
