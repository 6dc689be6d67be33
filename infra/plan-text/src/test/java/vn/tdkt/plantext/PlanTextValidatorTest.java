package vn.tdkt.plantext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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

    @Test
    void givenANulByte_whenValidated_thenItIsRejectedAsBinary() {
        byte[] bytes = "Kế hoạch\0số 01".getBytes(StandardCharsets.UTF_8);

        PlanTextValidation result = validator.validate(bytes);

        assertThat(result.rejection()).isEqualTo(RejectionReason.BINARY_CONTENT);
        assertThat(result.detail()).contains("offset");
    }

    @Test
    void givenAPdfFile_whenValidated_thenTheHintSaysToExtractTheText() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

        PlanTextValidation result = validator.validate(pdf);

        assertThat(result.rejection()).isEqualTo(RejectionReason.BINARY_CONTENT);
        assertThat(result.detail()).contains("PDF");
    }

    @Test
    void givenWindows1258Bytes_whenValidated_thenItIsRejectedAsInvalidUtf8() {
        byte[] legacy = {'K', (byte) 0xCA, ' ', 'h', 'o', (byte) 0xB8, 'c', 'h'};

        PlanTextValidation result = validator.validate(legacy);

        assertThat(result.rejection()).isEqualTo(RejectionReason.INVALID_UTF8);
        assertThat(result.detail()).contains("byte offset 1");
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
