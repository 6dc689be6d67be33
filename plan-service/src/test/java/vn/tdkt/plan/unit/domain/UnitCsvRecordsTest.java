package vn.tdkt.plan.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit registry's CSV records, read by Apache Commons CSV as the hand-written reader it replaced read them: each
 * expected value below is what that reader returned for the same text.
 */
class UnitCsvRecordsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                row("CRLF line ends", "a,b\r\nc,d\r\n", List.of(List.of("a", "b"), List.of("c", "d"))),
                row("lone CR line ends", "a,b\rc,d", List.of(List.of("a", "b"), List.of("c", "d"))),
                row("quotes doubled inside a quoted field", "\"x,\"\"y\"\"\",z\n", List.of(List.of("x,\"y\"", "z"))),
                row("a line break inside a quoted field", "\"line\none\",2\n", List.of(List.of("line\none", "2"))),
                row("an empty line is an empty record", "a\n\nb\n", List.of(List.of("a"), List.of(""), List.of("b"))),
                row("a trailing comma is an empty last field", "a,b,\n", List.of(List.of("a", "b", ""))),
                row("a quote left open runs to the end", "\"open,\nrest", List.of(List.of("open,\nrest"))),
                row("text after a closing quote is kept", "\"ab\"cd,e\n", List.of(List.of("abcd", "e"))),
                row("no text, no record", "", List.of()),
                row("no final line break", "a", List.of(List.of("a"))));
    }

    private static Arguments row(String name, String text, List<List<String>> expected) {
        return Arguments.of(Named.of(name, text), expected);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void records_are_read_as_a_spreadsheet_writes_them(String text, List<List<String>> expected) {
        assertThat(UnitCsv.records(text)).isEqualTo(expected);
    }
}
