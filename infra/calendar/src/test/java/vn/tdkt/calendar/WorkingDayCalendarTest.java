package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = BundledCalendarData.calendar();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class KnownDates {

        @Test
        void givenTet2025_whenCheckingEachDayOfTheBreak_thenAllNineDaysFrom25JanTo2FebAreDaysOff() {
            for (LocalDate day = d(2025, 1, 25); !day.isAfter(d(2025, 2, 2)); day = day.plusDays(1)) {
                assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(CALENDAR.isWorkingDay(d(2025, 1, 24))).isTrue();
            assertThat(CALENDAR.isWorkingDay(d(2025, 2, 3))).isTrue();
        }

        @Test
        void givenTet2026_whenCheckingEachDayOfTheBreak_thenAllNineDaysFrom14FebTo22FebAreDaysOff() {
            for (LocalDate day = d(2026, 2, 14); !day.isAfter(d(2026, 2, 22)); day = day.plusDays(1)) {
                assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
            }
            assertThat(CALENDAR.isWorkingDay(d(2026, 2, 13))).isTrue();
            assertThat(CALENDAR.isWorkingDay(d(2026, 2, 23))).isTrue();
        }

        @Test
        void givenTheSwapAround30April2025_whenCheckingTheSwappedDays_thenSaturday26AprilIsWorkingAndFriday2MayIsOff() {
            assertThat(CALENDAR.isWorkingDay(d(2025, 4, 26))).isTrue();
            assertThat(CALENDAR.isWorkingDay(d(2025, 5, 2))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2025, 4, 30))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2025, 5, 1))).isFalse();
            assertThat(CALENDAR.holidayName(d(2025, 4, 26))).isEmpty();
            assertThat(CALENDAR.entryOn(d(2025, 4, 26))).map(CalendarEntry::kind).contains(DayKind.MAKEUP_WORKING_DAY);
        }

        @Test
        void givenHungKingsDay_whenChecking2025And2026_thenTheLunarDateIsOffAndTheSundayOf2026IsCompensatedOnMonday() {
            assertThat(CALENDAR.isWorkingDay(d(2025, 4, 7))).isFalse();
            assertThat(CALENDAR.holidayName(d(2025, 4, 7))).contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
            assertThat(CALENDAR.isWorkingDay(d(2026, 4, 26))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2026, 4, 27))).isFalse();
            assertThat(CALENDAR.entryOn(d(2026, 4, 27))).map(CalendarEntry::kind).contains(DayKind.COMPENSATORY_DAY_OFF);
        }

        @Test
        void givenNationalDay2025_whenChecking_then1And2SeptemberAreOffAnd3SeptemberIsWorking() {
            assertThat(CALENDAR.isWorkingDay(d(2025, 9, 1))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2025, 9, 2))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2025, 9, 3))).isTrue();
        }

        @Test
        void givenNationalDay2026_whenChecking_thenMonday31AugustIsSwappedOffAndSaturday22AugustIsWorking() {
            assertThat(CALENDAR.isWorkingDay(d(2026, 8, 31))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2026, 9, 1))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2026, 8, 22))).isTrue();
        }

        @Test
        void givenNewYear2026_whenChecking_thenFriday2JanuaryIsOffAndSaturday10JanuaryIsWorking() {
            assertThat(CALENDAR.isWorkingDay(d(2026, 1, 2))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2026, 1, 10))).isTrue();
        }

        @Test
        void givenAnOrdinaryWeek_whenChecking_thenWeekdaysWorkAndWeekendsDoNot() {
            assertThat(CALENDAR.isWorkingDay(d(2025, 3, 12))).isTrue();
            assertThat(CALENDAR.isWorkingDay(d(2025, 3, 15))).isFalse();
            assertThat(CALENDAR.isWorkingDay(d(2025, 3, 16))).isFalse();
            assertThat(CALENDAR.holidayName(d(2025, 3, 15))).isEmpty();
        }

        @Test
        void givenATetDay_whenAskingItsName_thenTheLabelNamesTheLunarDay() {
            assertThat(CALENDAR.holidayName(d(2025, 1, 29))).contains("Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)");
        }
    }

    @Nested
    class AddWorkingDays {

        @Test
        void givenFridayBeforeTet2025_whenAddingOneWorkingDay_thenTheResultIsTheMondayAfterTheBreak() {
            assertThat(CALENDAR.addWorkingDays(d(2025, 1, 24), 1)).isEqualTo(d(2025, 2, 3));
        }

        @Test
        void givenAReceiptDateBeforeTet2026_whenAddingTwentyWorkingDays_thenTheBreakIsSkipped() {
            // 20 working days from Monday 2/2/2026: 3–6 Feb (4), 9–13 Feb (5), break 14–22 Feb, 23–27 Feb (5),
            // 2–6 Mar (5), Monday 9 Mar is the 20th.
            assertThat(CALENDAR.addWorkingDays(d(2026, 2, 2), 20)).isEqualTo(d(2026, 3, 9));
        }

        @Test
        void givenASaturdayMakeUpDay_whenCountingFiveWorkingDaysFromWednesday_thenTheSaturdayCounts() {
            // Wed 23/4/2025 → Thu 24, Fri 25, Sat 26 (làm bù), Mon 28, Tue 29.
            assertThat(CALENDAR.addWorkingDays(d(2025, 4, 23), 5)).isEqualTo(d(2025, 4, 29));
        }

        @Test
        void givenANegativeCount_whenAddingWorkingDays_thenTheResultIsBefore() {
            assertThat(CALENDAR.addWorkingDays(d(2025, 2, 3), -1)).isEqualTo(d(2025, 1, 24));
            assertThat(CALENDAR.addWorkingDays(d(2025, 5, 5), -3)).isEqualTo(d(2025, 4, 26));
        }

        @Test
        void givenZero_whenAddingWorkingDays_thenTheStartDateIsReturnedEvenOnAHoliday() {
            assertThat(CALENDAR.addWorkingDays(d(2025, 1, 29), 0)).isEqualTo(d(2025, 1, 29));
        }

        @Test
        void givenAStartOnAHoliday_whenAddingOneWorkingDay_thenTheStartDoesNotCount() {
            assertThat(CALENDAR.addWorkingDays(d(2025, 1, 29), 1)).isEqualTo(d(2025, 2, 3));
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
