package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarDataParserTest {

    private final CalendarDataParser parser = new CalendarDataParser();

    @Test
    void givenAValidYear_whenParsed_thenDirectivesAndEntriesAreRead() {
        String text = """
                \uFEFF# comment
                @year;2031
                @status;official
                @source;Quyết định A
                @source;Quyết định B
                2031-01-01;HOLIDAY;Tết Dương lịch;Bộ luật Lao động 2019, Điều 112

                03/01/2031;swapped_day_off;Nghỉ hoán đổi
                # a later comment
                11/01/2031;MAKEUP_WORKING_DAY;Làm bù
                """;

        CalendarYear year = parser.parse(new StringReader(text));

        assertThat(year.year()).isEqualTo(2031);
        assertThat(year.status()).isEqualTo(DataStatus.OFFICIAL);
        assertThat(year.sources()).containsExactly("Quyết định A", "Quyết định B");
        assertThat(year.entries()).extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 3), LocalDate.of(2031, 1, 11));
        assertThat(year.entries().get(1).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(year.entries().get(1).source()).isEmpty();
    }

    @Test
    void givenDecomposedUnicode_whenParsed_thenLabelsAreNfc() {
        String decomposed = java.text.Normalizer.normalize("Tết Dương lịch", java.text.Normalizer.Form.NFD);
        CalendarYear year = parser.parse("@year;2031\n@status;PROJECTED\n@source;x\n2031-01-01;HOLIDAY;" + decomposed + "\n");

        assertThat(year.entries().get(0).label()).isEqualTo("Tết Dương lịch");
    }

    @Test
    void givenAMalformedDate_whenParsed_thenTheErrorNamesTheLine() {
        String text = "@year;2031\n@status;OFFICIAL\n@source;x\n2031-02-30;HOLIDAY;Sai ngày\n";

        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("line 4")
                .satisfies(e -> assertThat(((CalendarDataException) e).lineNumber()).isEqualTo(4));
    }

    @Test
    void givenAnUnknownKind_whenParsed_thenItIsRejected() {
        assertThatThrownBy(() -> parser.parse("@year;2031\n@status;OFFICIAL\n@source;x\n2031-01-01;PARTY;x\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("PARTY");
    }

    @Test
    void givenADateOutsideTheYear_whenParsed_thenItIsRejected() {
        assertThatThrownBy(() -> parser.parse("@year;2031\n@status;OFFICIAL\n@source;x\n2030-12-31;HOLIDAY;x\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("outside");
    }

    @Test
    void givenMissingDirectives_whenParsed_thenEachIsReported() {
        assertThatThrownBy(() -> parser.parse("@status;OFFICIAL\n@source;x\n")).hasMessageContaining("@year");
        assertThatThrownBy(() -> parser.parse("@year;2031\n@source;x\n")).hasMessageContaining("@status");
        assertThatThrownBy(() -> parser.parse("@year;2031\n@status;OFFICIAL\n")).hasMessageContaining("@source");
    }

    @Test
    void givenAMakeUpDayOnAWeekday_whenParsed_thenTheInvariantIsEnforced() {
        // 2031-01-06 is a Monday.
        assertThatThrownBy(() -> parser.parse("@year;2031\n@status;OFFICIAL\n@source;x\n2031-01-06;MAKEUP_WORKING_DAY;x\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("not a Saturday or Sunday");
    }

    @Test
    void givenADuplicateDate_whenParsed_thenItIsRejected() {
        String text = "@year;2031\n@status;OFFICIAL\n@source;x\n2031-01-01;HOLIDAY;a\n2031-01-01;HOLIDAY;b\n";

        assertThatThrownBy(() -> parser.parse(text)).hasMessageContaining("twice");
    }

    @Test
    void givenAYearWrittenByTheWriter_whenParsedBack_thenItIsUnchanged() {
        CalendarYear original = new StatutoryHolidayProjector().project(2033);

        String text = new CalendarDataWriter().format(original, List.of("round trip"));

        assertThat(parser.parse(text)).isEqualTo(original);
    }
}
