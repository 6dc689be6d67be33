package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-checks the shipped yearly data against the law and the lunar calendar, so a typo cannot slip in. */
class BundledCalendarDataTest {

    private final List<CalendarYear> years = BundledCalendarData.load();

    @Test
    void givenEachBundledYear_whenCountingHolidayEntries_thenTheLabourCodesElevenDaysArePresent() {
        for (CalendarYear year : years) {
            assertThat(year.entries().stream().filter(e -> e.kind() == DayKind.HOLIDAY))
                    .as("holidays of %d", year.year())
                    .hasSize(11);
            assertThat(year.sources()).as("sources of %d", year.year()).isNotEmpty();
        }
    }

    @Test
    void givenEachBundledYear_whenLookingAtTheLunarHolidays_thenTheyFallOnTheComputedLunarDates() {
        for (CalendarYear year : years) {
            LocalDate tet = VietnameseLunarCalendar.tet(year.year());
            LocalDate hungKings = VietnameseLunarCalendar.hungKingsCommemoration(year.year());
            assertThat(entry(year, tet).kind()).as("Tết %d", year.year()).isEqualTo(DayKind.HOLIDAY);
            assertThat(entry(year, tet).label()).contains("Tết Nguyên đán", "mùng 1 tháng Giêng");
            assertThat(entry(year, hungKings).label()).as("Giỗ Tổ %d", year.year()).contains("Giỗ Tổ Hùng Vương");
            List<LocalDate> tetDays = year.entries().stream()
                    .filter(e -> e.kind() == DayKind.HOLIDAY && e.label().startsWith("Tết Nguyên đán"))
                    .map(CalendarEntry::date).toList();
            assertThat(tetDays).hasSize(5);
            assertThat(tetDays.get(4)).isEqualTo(tetDays.get(0).plusDays(4));
        }
    }

    @Test
    void givenEachOfficialYear_whenMatchingSwaps_thenEverySwappedDayOffHasAMakeUpDay() {
        for (CalendarYear year : years) {
            long swapped = year.entries().stream().filter(e -> e.kind() == DayKind.SWAPPED_DAY_OFF).count();
            long makeUp = year.entries().stream().filter(e -> e.kind() == DayKind.MAKEUP_WORKING_DAY).count();
            assertThat(makeUp).as("make-up days of %d", year.year()).isEqualTo(swapped);
        }
    }

    @Test
    void givenProjectedYears_whenComparedWithTheProjector_thenTheFilesAreExactlyItsOutput() {
        StatutoryHolidayProjector projector = new StatutoryHolidayProjector();
        List<CalendarYear> projected = years.stream().filter(y -> y.status() == DataStatus.PROJECTED).toList();

        assertThat(projected).extracting(CalendarYear::year).containsExactly(2027, 2028, 2029, 2030);
        for (CalendarYear year : projected) {
            assertThat(year).isEqualTo(projector.project(year.year()));
            assertThat(year.sources().get(0)).startsWith("dự kiến (lunar computation)");
        }
    }

    @Test
    void givenAProjectedYear_whenAHolidayFallsOnAWeekend_thenTheNextFreeWorkingDayIsCompensated() {
        CalendarYear y2027 = new StatutoryHolidayProjector().project(2027);

        // Tết Đinh Mùi is Saturday 6/2/2027; mùng 1 and 2 are on the weekend; 8/2 (Mon) is mùng 3.
        assertThat(entry(y2027, LocalDate.of(2027, 2, 9)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(entry(y2027, LocalDate.of(2027, 2, 10)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        // 1/5/2027 is a Saturday.
        assertThat(entry(y2027, LocalDate.of(2027, 5, 3)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
    }

    private static CalendarEntry entry(CalendarYear year, LocalDate date) {
        return year.entries().stream().filter(e -> e.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry on " + date + " in " + year.year()));
    }
}
