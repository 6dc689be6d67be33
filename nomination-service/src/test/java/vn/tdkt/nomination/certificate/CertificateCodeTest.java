package vn.tdkt.nomination.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.certificate.domain.CertificateCode;
import vn.tdkt.platform.domain.Ids;

/** A certificate code names its award and only the key's holder can make one. */
class CertificateCodeTest {

    static final byte[] KEY = "a test key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
    final CertificateCode codes = new CertificateCode(KEY);

    @Test
    void a_code_names_its_award() {
        String awardId = Ids.newId();
        String code = codes.of(awardId);
        assertThat(code).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(codes.awardIdOf(code)).contains(awardId);
    }

    @Test
    void an_altered_a_forged_or_a_malformed_code_names_nothing() {
        String awardId = Ids.newId();
        String code = codes.of(awardId);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < code.length(); i++) {
            for (char changed : alphabet.toCharArray()) {
                if (changed != code.charAt(i)) {
                    String altered = code.substring(0, i) + changed + code.substring(i + 1);
                    assertThat(codes.awardIdOf(altered)).as("position %d changed to %s", i, changed).isEmpty();
                }
            }
        }
        CertificateCode otherKey = new CertificateCode("another key of at least thirty-two bytes"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(codes.awardIdOf(otherKey.of(awardId))).as("signed with another key").isEmpty();
        assertThat(codes.awardIdOf(code.substring(0, 42))).isEmpty();
        assertThat(codes.awardIdOf(code + "AAAA")).isEmpty();
        assertThat(codes.awardIdOf("!!not base64!!")).isEmpty();
        assertThat(codes.awardIdOf("")).isEmpty();
        assertThat(codes.awardIdOf(null)).isEmpty();
        assertThat(codes.awardIdOf("A".repeat(10_000))).isEmpty();
    }
}
