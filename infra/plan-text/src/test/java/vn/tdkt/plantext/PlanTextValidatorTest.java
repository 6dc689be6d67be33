package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanTextValidatorTest {

    private final PlanTextValidator validator = new PlanTextValidator();

    @Test
    void givenTheRealPlanAsBytes_whenValidated_thenItIsAcceptedAndDecoded() {
        PlanTextValidation result = validator.validate(TestDocuments.bytes(TestDocuments.SON_LA_2025));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.rejectionReason()).isEmpty();
        assertThat(result.text()).startsWith(" Số: 01/KH-UBND");
    }

    @Test
    void givenABom_whenValidated_thenItIsRemoved() {
        byte[] bytes = ("\uFEFFKẾ HOẠCH").getBytes(StandardCharsets.UTF_8);

        assertThat(validator.validate(bytes).text()).isEqualTo("KẾ HOẠCH");
    }

    @Test
    void givenNoContent_whenValidated_thenItIsRejectedAsEmpty() {
        assertThat(validator.validate(new byte[0]).rejection()).isEqualTo(RejectionReason.EMPTY);
        assertThat(validator.validate(" \n\t ").rejection()).isEqualTo(RejectionReason.EMPTY);
        assertThat(validator.validate((String) null).rejection()).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void givenADocumentOverTheLimit_whenValidated_thenItIsRejectedAsTooLarge() {
        PlanTextValidator small = new PlanTextValidator(100);
        String text = "Kế hoạch ".repeat(20);

        PlanTextValidation fromBytes = small.validate(text.getBytes(StandardCharsets.UTF_8));
        PlanTextValidation fromString = small.validate(text);

        assertThat(fromBytes.rejection()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(fromString.rejection()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(fromString.detail()).contains("limit 100");
        assertThat(new PlanTextValidator().maxBytes()).isEqualTo(2 * 1024 * 1024);
    }

    static Stream<Arguments> bytesThatAreNotPlanText() {
        return Stream.of(
                Arguments.of("a NUL byte", "Kế hoạch\0số 01".getBytes(StandardCharsets.UTF_8),
                        RejectionReason.BINARY_CONTENT, "offset"),
                Arguments.of("a PDF file (the hint says to extract the text)",
                        "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), RejectionReason.BINARY_CONTENT,
                        "PDF"),
                Arguments.of("Windows-1258 bytes", new byte[] {'K', (byte) 0xCA, ' ', 'h', 'o', (byte) 0xB8, 'c', 'h'},
                        RejectionReason.INVALID_UTF8, "byte offset 1"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("bytesThatAreNotPlanText")
    void givenBytesThatAreNotUtf8Text_whenValidated_thenTheyAreRejectedWithTheReasonAndWhere(String what, byte[] bytes,
            RejectionReason reason, String detail) {
        PlanTextValidation result = validator.validate(bytes);

        assertThat(result.rejection()).isEqualTo(reason);
        assertThat(result.detail()).contains(detail);
    }

    @Test
    void givenMostlyControlCharacters_whenValidated_thenItIsRejectedAsNotText() {
        String junk = "ab" + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(5);

        assertThat(validator.validate(junk).rejection()).isEqualTo(RejectionReason.NOT_TEXT);
        assertThat(validator.validate(junk.getBytes(StandardCharsets.UTF_8)).rejection()).isEqualTo(RejectionReason.NOT_TEXT);
    }

    @Test
    void givenEachReason_whenShown_thenItHasItsOwnVietnameseMessage() {
        assertThat(java.util.Arrays.stream(RejectionReason.values()).map(RejectionReason::label).distinct())
                .hasSize(RejectionReason.values().length);
    }
}
