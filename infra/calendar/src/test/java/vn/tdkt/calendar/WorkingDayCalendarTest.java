package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = BundledCalendarData.calendar();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class KnownDates {

        @ParameterizedTest(name = "Tết {0}: every day from {1} to {2} is off, the days around it are working")
        @CsvSource({
                "2025, 2025-01-25, 2025-02-02",
                "2026, 2026-02-14, 2026-02-22"
        })
        void givenATetBreak_whenCheckingEachDayOfIt_thenAllNineDaysAreDaysOff(int year, LocalDate first, LocalDate last) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(first.datesUntil(last.plusDays(1))).hasSize(9);
            assertThat(CALENDAR.isWorkingDay(first.minusDays(1))).isTrue();
            assertThat(CALENDAR.isWorkingDay(last.plusDays(1))).isTrue();
        }

        @Test
        void givenTheSwapAround30April2025_whenAskingAboutSaturday26April_thenItIsAMakeUpWorkingDayWithoutAHolidayName() {
            // whether each day of the swap is working: the table below
            assertThat(CALENDAR.holidayName(d(2025, 4, 26))).isEmpty();
            assertThat(CALENDAR.entryOn(d(2025, 4, 26))).map(CalendarEntry::kind).contains(DayKind.MAKEUP_WORKING_DAY);
        }

        @Test
        void givenHungKingsDay_whenChecking2025And2026_thenTheLunarDateIsNamedAndTheSundayOf2026IsCompensatedOnMonday() {
            // that 7/4/2025, 26/4/2026 and Monday 27/4/2026 are off: the table below
            assertThat(CALENDAR.holidayName(d(2025, 4, 7))).contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
            assertThat(CALENDAR.entryOn(d(2026, 4, 27))).map(CalendarEntry::kind).contains(DayKind.COMPENSATORY_DAY_OFF);
        }

        @ParameterizedTest(name = "{0} working: {1} ({2})")
        @CsvSource(delimiter = '|', textBlock = """
                2025-04-26 | true  | 30/4 swap 2025: Saturday 26/4 working (làm bù)
                2025-04-30 | false | 30/4 swap 2025: Wednesday 30/4 off
                2025-05-01 | false | 30/4 swap 2025: Thursday 1/5 off
                2025-05-02 | false | 30/4 swap 2025: Friday 2/5 swapped off
                2025-04-07 | false | Giỗ Tổ 2025: Monday 7/4 (10/3 âm lịch) off
                2026-04-26 | false | Giỗ Tổ 2026: Sunday 26/4 (10/3 âm lịch)
                2026-04-27 | false | Giỗ Tổ 2026: Monday 27/4 compensatory day off
                2025-09-01 | false | Quốc khánh 2025: Monday 1/9 off
                2025-09-02 | false | Quốc khánh 2025: Tuesday 2/9 off
                2025-09-03 | true  | Quốc khánh 2025: Wednesday 3/9 working
                2026-08-31 | false | Quốc khánh 2026: Monday 31/8 swapped off
                2026-09-01 | false | Quốc khánh 2026: Tuesday 1/9 off
                2026-08-22 | true  | Quốc khánh 2026: Saturday 22/8 working (làm bù)
                2026-01-02 | false | Tết Dương lịch 2026: Friday 2/1 swapped off
                2026-01-10 | true  | Tết Dương lịch 2026: Saturday 10/1 working (làm bù)
                2025-03-12 | true  | an ordinary Wednesday
                2025-03-15 | false | an ordinary Saturday
                2025-03-16 | false | an ordinary Sunday
                """)
        void givenAKnownDate_whenChecking_thenItIsWorkingOrOffAsDecided(LocalDate date, boolean working, String why) {
            assertThat(CALENDAR.isWorkingDay(date)).as(why).isEqualTo(working);
        }

        @Test
        void givenAnOrdinaryWeekend_whenAskingItsName_thenItHasNone() {
            assertThat(CALENDAR.holidayName(d(2025, 3, 15))).isEmpty();
        }

        @Test
        void givenATetDay_whenAskingItsName_thenTheLabelNamesTheLunarDay() {
            assertThat(CALENDAR.holidayName(d(2025, 1, 29))).contains("Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)");
        }
    }

    @Nested
    class AddWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-01-24 |  1 | 2025-02-03 | from the Friday before Tết 2025, the Monday after the break
                2026-02-02 | 20 | 2026-03-09 | Tết 2026 skipped: 3–6 Feb (4), 9–13 Feb (5), break 14–22 Feb, 23–27 Feb (5), 2–6 Mar (5), Mon 9 Mar is the 20th
                2025-04-23 |  5 | 2025-04-29 | Wed 23/4/2025 → Thu 24, Fri 25, Sat 26 (làm bù), Mon 28, Tue 29: the make-up Saturday counts
                2025-02-03 | -1 | 2025-01-24 | a negative count goes back, over the Tết 2025 break
                2025-05-05 | -3 | 2025-04-26 | a negative count goes back, over 30/4–2/5 to the make-up Saturday
                2025-01-29 |  0 | 2025-01-29 | zero returns the start date, even on a holiday
                2025-01-29 |  1 | 2025-02-03 | a start on a holiday does not count
                """)
        void givenAStartAndACount_whenAddingWorkingDays_thenDaysOffAreSkipped(LocalDate from, int n, LocalDate expected,
                String why) {
            assertThat(CALENDAR.addWorkingDays(from, n)).as(why).isEqualTo(expected);
        }
    }

    @Nested
    class WorkingDaysBetween {

        @Test
        void givenTheTet2025Break_whenCountingAcrossIt_thenOnlyWorkingDaysInTheHalfOpenIntervalCount() {
            // (Fri 24/1, Mon 3/2] contains only Monday 3/2.
            assertThat(CALENDAR.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 3))).isEqualTo(1);
        }

        @Test
        void givenAFullMonth_whenCounting_thenHolidaysAndWeekendsAreExcluded() {
            // April 2025 has 22 weekdays; 7/4 and 30/4 are holidays; Saturday 26/4 is a make-up day: 22 - 2 + 1.
            assertThat(CALENDAR.workingDaysBetween(d(2025, 3, 31), d(2025, 4, 30))).isEqualTo(21);
        }

        @Test
        void givenReversedDates_whenCounting_thenTheResultIsNegated() {
            assertThat(CALENDAR.workingDaysBetween(d(2025, 2, 3), d(2025, 1, 24))).isEqualTo(-1);
            assertThat(CALENDAR.workingDaysBetween(d(2025, 3, 10), d(2025, 3, 10))).isZero();
        }

        @Test
        void givenAnyStartAndCount_whenAddingThenCounting_thenTheCountIsRecovered() {
            LocalDate start = d(2025, 12, 20);
            for (int n = 0; n <= 60; n++) {
                assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.addWorkingDays(start, n))).isEqualTo(n);
            }
        }
    }

    @Nested
    class ShiftingToWorkingDays {

        @Test
        void givenAReminderOnAHoliday_whenMovingItToThePreviousWorkingDay_thenItLandsBeforeTheBreak() {
            assertThat(CALENDAR.previousWorkingDayOnOrBefore(d(2025, 1, 30))).isEqualTo(d(2025, 1, 24));
            assertThat(CALENDAR.previousWorkingDayOnOrBefore(d(2025, 5, 2))).isEqualTo(d(2025, 4, 29));
        }

        @Test
        void givenAWorkingDay_whenMovingToThePreviousWorkingDay_thenItIsUnchanged() {
            assertThat(CALENDAR.previousWorkingDayOnOrBefore(d(2025, 4, 26))).isEqualTo(d(2025, 4, 26));
        }

        @Test
        void givenADueDateOnAWeekend_whenMovingToTheNextWorkingDay_thenItIsTheFollowingMonday() {
            assertThat(CALENDAR.nextWorkingDayOnOrAfter(d(2026, 2, 14))).isEqualTo(d(2026, 2, 23));
        }
    }

    @Nested
    class Coverage {

        @Test
        void givenBundledData_whenAskingCoverage_then2024To2030AreCovered() {
            assertThat(CALENDAR.coveredYears()).containsExactly(2024, 2025, 2026, 2027, 2028, 2029, 2030);
            assertThat(CALENDAR.isCovered(2031)).isFalse();
            assertThat(CALENDAR.year(2027)).map(CalendarYear::status).contains(DataStatus.PROJECTED);
            assertThat(CALENDAR.year(2025)).map(CalendarYear::status).contains(DataStatus.OFFICIAL);
        }

        @Test
        void givenACoveredYear_whenListingItsEntries_thenTheyAreSortedAndUncoveredYearsHaveNone() {
            assertThat(CALENDAR.entries(2025)).hasSize(13).isSortedAccordingTo(java.util.Comparator.comparing(CalendarEntry::date));
            assertThat(CALENDAR.entries(2031)).isEmpty();
        }

        @Test
        void givenAYearWithoutData_whenChecking_thenOnlyWeekendsAndFixedSolarHolidaysAreOff() {
            // 2/9/2032 is a Thursday; Tết 2032 (11/2, lunar) is unknown without data and counts as working.
            assertThat(CALENDAR.isWorkingDay(d(2032, 9, 2))).isFalse();
            assertThat(CALENDAR.holidayName(d(2032, 9, 2))).contains("Quốc khánh 2/9");
            assertThat(CALENDAR.isWorkingDay(d(2032, 4, 30))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2032, 2, 11))).isTrue();
            assertThat(CALENDAR.isWorkingDay(d(2032, 2, 14))).isFalse();
        }

        @Test
        void givenNoDataAtAll_whenCountingAcrossNewYear_thenOnlyTheFixedHolidayIsSkipped() {
            WorkingDayCalendar bare = WorkingDayCalendar.withoutData();
            assertThat(bare.isCovered(2025)).isFalse();
            // 31/12/2024 (Tue) → 1/1 is off → Thu 2/1/2025.
            assertThat(bare.addWorkingDays(d(2024, 12, 31), 1)).isEqualTo(d(2025, 1, 2));
            assertThat(bare.isWorkingDay(d(2025, 1, 29))).isTrue();
        }
    }

    @Nested
    class Overrides {

        @Test
        void givenAnOverrideForAYear_whenApplied_thenItReplacesThatYearOnly() {
            CalendarYear corrected = new CalendarYear(2027, DataStatus.OFFICIAL, List.of("Quyết định giả định"),
                    List.of(new CalendarEntry(d(2027, 2, 11), DayKind.SWAPPED_DAY_OFF, "Nghỉ hoán đổi", "")));

            WorkingDayCalendar updated = CALENDAR.withOverrides(List.of(corrected));

            assertThat(updated.isWorkingDay(d(2027, 2, 11))).isFalse();
            assertThat(updated.isWorkingDay(d(2027, 2, 9))).isTrue();
            assertThat(updated.year(2027)).map(CalendarYear::status).contains(DataStatus.OFFICIAL);
            assertThat(updated.isWorkingDay(d(2025, 1, 29))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2027, 2, 9))).isFalse();
        }

        @Test
        void givenTwoDataSetsForTheSameYear_whenBuildingACalendar_thenItIsRejected() {
            CalendarYear a = new CalendarYear(2031, DataStatus.PROJECTED, List.of("a"), List.of());
            CalendarYear b = new CalendarYear(2031, DataStatus.PROJECTED, List.of("b"), List.of());

            assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(a, b)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2031");
        }
    }
}
