package vn.tdkt.calendar;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * What a calendar data entry does to a date. Weekends (Saturday, Sunday) are days off by default and
 * weekdays are working days; entries only record the exceptions decided by law or by the Government.
 */
@RequiredArgsConstructor
public enum DayKind {

    /** A statutory holiday (ngày lễ, tết; Bộ luật Lao động 2019 Điều 112). It may fall on a weekend. */
    HOLIDAY("Ngày lễ, tết", true),
    /** A day off compensating a holiday that fell on a weekend (nghỉ bù; Điều 111 khoản 3). */
    COMPENSATORY_DAY_OFF("Nghỉ bù", true),
    /** A working day swapped into a day off by a Government decision (hoán đổi ngày làm việc). */
    SWAPPED_DAY_OFF("Nghỉ hoán đổi", true),
    /** A weekend day that becomes a working day to make up for a swapped day off (làm bù). */
    MAKEUP_WORKING_DAY("Làm bù", false);

    @Getter
    private final String label;
    private final boolean dayOff;

    public boolean isDayOff() {
        return dayOff;
    }
}
