package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2020, 2020-01-25",
            "2021, 2021-02-12",
            "2022, 2022-02-01",
            "2023, 2023-01-22",
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            // Vietnam (UTC+7) differs from China (UTC+8, 2007-02-18 and 2030-02-03).
            "2007, 2007-02-17",
            "2030, 2030-02-02"
    })
    void givenAYear_whenComputingTet_thenTheKnownDateIsReturned(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
            "2023, 2023-04-29",
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26"
    })
    void givenAYear_whenComputingHungKingsDay_thenTheKnownDateIsReturned(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.hungKingsCommemoration(year)).isEqualTo(expected);
    }

    @Test
    void givenDatesAroundTet2026_whenConvertingToLunar_thenTheOfficialLunarNamesMatch() {
        // The 2026 decision calls 14/2/2026 "27 tháng Chạp năm Ất Tỵ" and 22/2/2026 "mùng 6 tháng Giêng".
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 14)))
                .isEqualTo(new VietnameseLunarCalendar.LunarDate(2025, 12, 27, false));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 22)))
                .isEqualTo(new VietnameseLunarCalendar.LunarDate(2026, 1, 6, false));
    }

    @Test
    void givenALeapMonthYear_whenConverting_thenTheLeapMonthRoundTrips() {
        // 2025 has a leap 6th month (tháng 6 nhuận) starting 25/7/2025.
        LocalDate date = LocalDate.of(2025, 7, 25);

        VietnameseLunarCalendar.LunarDate lunar = VietnameseLunarCalendar.toLunar(date);

        assertThat(lunar).isEqualTo(new VietnameseLunarCalendar.LunarDate(2025, 6, 1, true));
        assertThat(VietnameseLunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(date);
        assertThat(VietnameseLunarCalendar.toSolar(2025, 6, 1, false)).isEqualTo(LocalDate.of(2025, 6, 25));
    }

    @Test
    void givenEveryDayOfSeveralYears_whenConvertingBothWays_thenTheDateRoundTrips() {
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            VietnameseLunarCalendar.LunarDate lunar = VietnameseLunarCalendar.toLunar(day);
            assertThat(VietnameseLunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
                    .as(day.toString()).isEqualTo(day);
        }
    }

    @Test
    void givenANonLeapMonth_whenAskingForItsLeapVariant_thenItIsRejected() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2025, 3, 1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenYears_whenNamingThem_thenTheSexagenaryNameIsReturned() {
        assertThat(VietnameseLunarCalendar.yearName(2025)).isEqualTo("Ất Tỵ");
        assertThat(VietnameseLunarCalendar.yearName(2026)).isEqualTo("Bính Ngọ");
        assertThat(VietnameseLunarCalendar.yearName(2024)).isEqualTo("Giáp Thìn");
    }
}
