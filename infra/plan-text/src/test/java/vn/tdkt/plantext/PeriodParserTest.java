package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();
    private final DueDateRule rule = new DueDateRule();

    @ParameterizedTest(name = "\"{0}\" → month {1}/{2}")
    @CsvSource(delimiter = '|', value = {
            "01/2025 | 1 | 2025",
            "6/2025 | 6 | 2025",
            "Tháng 12/2025 | 12 | 2025",
            "tháng 9 năm 2026 | 9 | 2026",
            "Tháng 3 | 3 | 2025",
            "Cuối tháng 10/2025 | 10 | 2025"
    })
    void givenAMonth_whenParsed_thenTheDueDateIsTheLastDayOfTheMonth(String text, int month, int year) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(period.month()).isEqualTo(month);
        assertThat(period.year()).isEqualTo(year);
        assertThat(rule.dueDate(period).date()).isEqualTo(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
        assertThat(rule.dueDate(period).basis()).isEqualTo(DueDateBasis.END_OF_MONTH);
    }

    @ParameterizedTest(name = "\"{0}\" → Q{1}")
    @CsvSource(delimiter = '|', value = {
            "Trong quý III | 3 | 2025 | 2025-09-30",
            "Quý I | 1 | 2025 | 2025-03-31",
            "Quý II/2026 | 2 | 2026 | 2026-06-30",
            "quý IV năm 2027 | 4 | 2027 | 2027-12-31",
            "Quý 2 | 2 | 2025 | 2025-06-30",
            "TRONG QUÝ III | 3 | 2025 | 2025-09-30"
    })
    void givenAQuarter_whenParsed_thenTheDueDateIsTheLastDayOfTheQuarter(String text, int quarter, int year, LocalDate due) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period).isEqualTo(TaskPeriod.quarter(text.strip(), year, quarter));
        assertThat(rule.dueDate(period)).isEqualTo(new DueDate(due, DueDateBasis.END_OF_QUARTER));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "trước ngày 10/12/2025 | 2025-12-10",
            "15/12 | 2025-12-15",
            "Trước 31/3/2026 | 2026-03-31",
            "Chậm nhất ngày 05/7 | 2025-07-05",
            "ngày 10 tháng 12 năm 2025 | 2025-12-10",
            "Hạn chót 20/11/2025 | 2025-11-20"
    })
    void givenAnExplicitDate_whenParsed_thenThatDateIsDue(String text, LocalDate date) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.DATE);
        assertThat(rule.dueDate(period)).isEqualTo(new DueDate(date, DueDateBasis.EXPLICIT_DATE));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "từ 01/3 đến 15/3/2025 | 2025-03-01 | 2025-03-15",
            "Từ ngày 01/12 đến ngày 20/12/2026 | 2026-12-01 | 2026-12-20",
            "01/11/2025 - 15/01/2026 | 2025-11-01 | 2026-01-15",
            "Tháng 3-4/2025 | 2025-03-01 | 2025-04-30",
            "tháng 4 – 5/2030 | 2030-04-01 | 2030-05-31",
            "6 tháng đầu năm | 2025-01-01 | 2025-06-30",
            "6 tháng cuối năm 2028 | 2028-07-01 | 2028-12-31",
            "Năm 2026 | 2026-01-01 | 2026-12-31",
            "Quý I, II | 2025-01-01 | 2025-06-30"
    })
    void givenARange_whenParsed_thenTheEndDateIsDue(String text, LocalDate start, LocalDate end) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.DATE_RANGE);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(rule.dueDate(period)).isEqualTo(new DueDate(end, DueDateBasis.END_OF_RANGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "thường xuyên trong năm", "THƯỜNG XUYÊN", "Hằng tháng", "Định kỳ", "Thuong xuyen"})
    void givenContinuousWork_whenParsed_thenItIsOngoingWithoutDueDate(String text) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.ONGOING);
        assertThat(rule.dueDate(period)).isEqualTo(new DueDate(null, DueDateBasis.ONGOING));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Sở Nội vụ", "Khi có yêu cầu", "31/02/2025", "13/2025", "từ 15/3 đến 01/3/2025"})
    void givenNothingOrSomethingElse_whenParsed_thenItIsUnspecified(String text) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.UNSPECIFIED);
        assertThat(rule.dueDate(period)).isEqualTo(new DueDate(null, DueDateBasis.UNSPECIFIED));
    }

    @Test
    void givenNoPlanYear_whenAMonthLacksItsYear_thenNoDueDateIsInvented() {
        TaskPeriod period = parser.parse("Tháng 3", null);

        assertThat(period.kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(period.year()).isNull();
        assertThat(rule.dueDate(period).basis()).isEqualTo(DueDateBasis.UNSPECIFIED);
        assertThat(parser.parse("15/12", null).kind()).isEqualTo(PeriodKind.UNSPECIFIED);
    }

    @Test
    void givenAPeriodText_whenParsed_thenTheTextIsKeptAsWritten() {
        assertThat(parser.parse("  Trong quý III ", 2025).text()).isEqualTo("Trong quý III");
    }

    @Test
    void givenNoBreakSpacesPastedFromAWordProcessor_whenParsed_thenThePeriodIsStillRead() {
        TaskPeriod period = parser.parse("Trong\u00A0quý\u00A0III", 2025);

        assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(rule.dueDate(period).date()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
    }
}
