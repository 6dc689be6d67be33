package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hàng quý|QUARTERLY",
            "định kỳ hằng quý|QUARTERLY",
            "Định kỳ hàng quý|QUARTERLY",
            "theo quý|QUARTERLY",
            "Hàng tháng|MONTHLY",
            "6 tháng|SEMI_ANNUAL",
            "theo quy định|NONE",
            "Định kỳ (theo quy định)|NONE",
            "Thường xuyên|NONE"})
    void given_a_period_text_when_detected_then_the_recurrence_follows_the_words(String text, String expected) {
        assertThat(Recurrence.ofPeriodText(text).map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
