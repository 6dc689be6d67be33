package vn.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Projects the holidays of a year for which the Government has not decided yet, from the Labour Code
 * alone (Bộ luật Lao động 2019, Điều 111–112). The result is marked {@link DataStatus#PROJECTED}.
 *
 * <p>Choices the law leaves to the yearly decision are fixed here, and documented because the real
 * decision will usually differ (it tends to add swaps to make long breaks):
 * <ul>
 *   <li>Tết (5 days): the last two days of the lunar year and mùng 1–3 tháng Giêng, the shape chosen
 *       in 2024 and 2025;</li>
 *   <li>Quốc khánh: 2/9 plus the adjacent day that joins a weekend (Mon → 3/9, Tue/Wed → 1/9,
 *       Thu → 3/9, Fri/Sat → 1/9, Sun → 3/9), the choice made in 2024, 2025 and 2026;</li>
 *   <li>a holiday on a Saturday or Sunday gives a compensatory day off on the next working day that is
 *       not already a holiday (Điều 111 khoản 3); no swaps or make-up days are projected.</li>
 * </ul>
 */
public final class StatutoryHolidayProjector {

    static final String HOLIDAY_SOURCE = "Bộ luật Lao động 2019, Điều 112";
    static final String COMPENSATION_SOURCE = "Bộ luật Lao động 2019, Điều 111 khoản 3";
    static final String YEAR_SOURCE = "dự kiến (lunar computation): tính theo Bộ luật Lao động 2019 Điều 111–112, chưa có quyết định của Thủ tướng Chính phủ";

    public CalendarYear project(int year) {
        List<CalendarEntry> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));

        LocalDate tet = VietnameseLunarCalendar.tet(year);
        String tetName = "Tết Nguyên đán " + VietnameseLunarCalendar.yearName(year);
        for (int offset = -2; offset <= 2; offset++) {
            LocalDate day = tet.plusDays(offset);
            holidays.add(holiday(day, tetName + " (" + lunarDayName(day) + ")"));
        }

        holidays.add(holiday(VietnameseLunarCalendar.hungKingsCommemoration(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng 30/4"));
        holidays.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động 1/5"));

        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = nationalDay.plusDays(adjacentNationalDayOffset(nationalDay.getDayOfWeek()));
        holidays.add(holiday(nationalDay, "Quốc khánh 2/9"));
        holidays.add(holiday(adjacent, "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)"));

        return new CalendarYear(year, DataStatus.PROJECTED, List.of(YEAR_SOURCE), withCompensations(holidays));
    }

    private static List<CalendarEntry> withCompensations(List<CalendarEntry> holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(h -> off.add(h.date()));
        List<CalendarEntry> all = new ArrayList<>(holidays);
        holidays.stream()
                .filter(h -> CalendarYear.isWeekend(h.date()))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .forEach(h -> {
                    LocalDate candidate = h.date().plusDays(1);
                    while (CalendarYear.isWeekend(candidate) || off.contains(candidate)) {
                        candidate = candidate.plusDays(1);
                    }
                    off.add(candidate);
                    String label = "Nghỉ bù " + h.label() + " trùng " + weekdayName(h.date().getDayOfWeek())
                            + " " + h.date().getDayOfMonth() + "/" + h.date().getMonthValue();
                    all.add(new CalendarEntry(candidate, DayKind.COMPENSATORY_DAY_OFF, label, COMPENSATION_SOURCE));
                });
        return all;
    }

    private static int adjacentNationalDayOffset(DayOfWeek day) {
        return switch (day) {
            case MONDAY, THURSDAY, SUNDAY -> 1;
            case TUESDAY, WEDNESDAY, FRIDAY, SATURDAY -> -1;
        };
    }

    private static CalendarEntry holiday(LocalDate date, String label) {
        return new CalendarEntry(date, DayKind.HOLIDAY, label, HOLIDAY_SOURCE);
    }

    private static String lunarDayName(LocalDate date) {
        VietnameseLunarCalendar.LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
        if (lunar.month() == 12) {
            return lunar.day() + " tháng Chạp";
        }
        return (lunar.day() <= 10 ? "mùng " : "") + lunar.day() + " tháng Giêng";
    }

    private static String weekdayName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
