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

    /**
     * Every shape of period cell, read in a 2025 plan: month → last day of the month, quarter → last day of the
     * quarter, a date → that date, a range → its last day, ongoing or unreadable → no due date.
     */
    @ParameterizedTest(name = "\"{0}\" → {1} from {2}, due {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "01/2025 | MONTH | - | 2025-01-31 | END_OF_MONTH",
            "6/2025 | MONTH | - | 2025-06-30 | END_OF_MONTH",
            "Tháng 12/2025 | MONTH | - | 2025-12-31 | END_OF_MONTH",
            "tháng 9 năm 2026 | MONTH | - | 2026-09-30 | END_OF_MONTH",
            "Tháng 3 | MONTH | - | 2025-03-31 | END_OF_MONTH",
            "Cuối tháng 10/2025 | MONTH | - | 2025-10-31 | END_OF_MONTH",
            "Trong quý III | QUARTER | - | 2025-09-30 | END_OF_QUARTER",
            "Quý I | QUARTER | - | 2025-03-31 | END_OF_QUARTER",
            "Quý II/2026 | QUARTER | - | 2026-06-30 | END_OF_QUARTER",
            "quý IV năm 2027 | QUARTER | - | 2027-12-31 | END_OF_QUARTER",
            "Quý 2 | QUARTER | - | 2025-06-30 | END_OF_QUARTER",
            "TRONG QUÝ III | QUARTER | - | 2025-09-30 | END_OF_QUARTER",
            "trước ngày 10/12/2025 | DATE | 2025-12-10 | 2025-12-10 | EXPLICIT_DATE",
            "15/12 | DATE | 2025-12-15 | 2025-12-15 | EXPLICIT_DATE",
            "Trước 31/3/2026 | DATE | 2026-03-31 | 2026-03-31 | EXPLICIT_DATE",
            "Chậm nhất ngày 05/7 | DATE | 2025-07-05 | 2025-07-05 | EXPLICIT_DATE",
            "ngày 10 tháng 12 năm 2025 | DATE | 2025-12-10 | 2025-12-10 | EXPLICIT_DATE",
            "Hạn chót 20/11/2025 | DATE | 2025-11-20 | 2025-11-20 | EXPLICIT_DATE",
            "từ 01/3 đến 15/3/2025 | DATE_RANGE | 2025-03-01 | 2025-03-15 | END_OF_RANGE",
            "Từ ngày 01/12 đến ngày 20/12/2026 | DATE_RANGE | 2026-12-01 | 2026-12-20 | END_OF_RANGE",
            "01/11/2025 - 15/01/2026 | DATE_RANGE | 2025-11-01 | 2026-01-15 | END_OF_RANGE",
            "Tháng 3-4/2025 | DATE_RANGE | 2025-03-01 | 2025-04-30 | END_OF_RANGE",
            "tháng 4 – 5/2030 | DATE_RANGE | 2030-04-01 | 2030-05-31 | END_OF_RANGE",
            "6 tháng đầu năm | DATE_RANGE | 2025-01-01 | 2025-06-30 | END_OF_RANGE",
            "6 tháng cuối năm 2028 | DATE_RANGE | 2028-07-01 | 2028-12-31 | END_OF_RANGE",
            "Năm 2026 | DATE_RANGE | 2026-01-01 | 2026-12-31 | END_OF_RANGE",
            "Quý I, II | DATE_RANGE | 2025-01-01 | 2025-06-30 | END_OF_RANGE",
            "Thường xuyên | ONGOING | - | - | ONGOING",
            "thường xuyên trong năm | ONGOING | - | - | ONGOING",
            "THƯỜNG XUYÊN | ONGOING | - | - | ONGOING",
            "Hằng tháng | ONGOING | - | - | ONGOING",
            "Định kỳ | ONGOING | - | - | ONGOING",
            "Thuong xuyen | ONGOING | - | - | ONGOING",
            "Sở Nội vụ | UNSPECIFIED | - | - | UNSPECIFIED",
            "Khi có yêu cầu | UNSPECIFIED | - | - | UNSPECIFIED",
            "31/02/2025 | UNSPECIFIED | - | - | UNSPECIFIED",
            "13/2025 | UNSPECIFIED | - | - | UNSPECIFIED",
            "từ 15/3 đến 01/3/2025 | UNSPECIFIED | - | - | UNSPECIFIED"
    })
    void givenAPeriodCell_whenParsed_thenItsShapeAndDueDateFollow(String text, PeriodKind kind, LocalDate start,
            LocalDate due, DueDateBasis basis) {
        TaskPeriod period = parser.parse(text, 2025);

        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.due()).isEqualTo(new DueDate(due, basis));
        assertThat(rule.dueDate(period)).isEqualTo(period.due());
    }

    @Test
    void givenAMonthOrAQuarter_whenParsed_thenItsNumberAndYearAreKept() {
        assertThat(parser.parse("tháng 9 năm 2026", 2025)).extracting(TaskPeriod::month, TaskPeriod::year)
                .containsExactly(9, 2026);
        assertThat(parser.parse("Quý II/2026", 2025)).isEqualTo(TaskPeriod.quarter("Quý II/2026", 2026, 2));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void givenNothing_whenParsed_thenItIsUnspecified(String text) {
        assertThat(parser.parse(text, 2025).due()).isEqualTo(new DueDate(null, DueDateBasis.UNSPECIFIED));
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
