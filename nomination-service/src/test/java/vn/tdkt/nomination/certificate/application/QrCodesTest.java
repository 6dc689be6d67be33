package vn.tdkt.nomination.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.certificate.domain.CertificateCode;

/** The QR codes a certificate prints: each one is read back before it is used. */
class QrCodesTest {

    /** A verify link whose symbol, with the mask the encoder chooses, ZXing's reader cannot decode (found by a sweep). */
    private static final String UNREADABLE_WITH_THE_ENCODERS_MASK =
            "http://localhost:8082/verify/AaJLUcBoeWqYvC9z0dOmuf5NEZgZRxqsZs7bLaanmI4";

    @Test
    void a_symbol_that_does_not_read_back_is_made_again_with_another_mask() {
        assertThat(QrCodes.readsBack(QrCodes.encode(UNREADABLE_WITH_THE_ENCODERS_MASK, null),
                UNREADABLE_WITH_THE_ENCODERS_MASK)).as("the encoder's own choice").isFalse();

        var printed = QrCodes.matrix(UNREADABLE_WITH_THE_ENCODERS_MASK);

        assertThat(printed).isNotEqualTo(QrCodes.encode(UNREADABLE_WITH_THE_ENCODERS_MASK, null));
        assertThat(QrCodes.readsBack(printed, UNREADABLE_WITH_THE_ENCODERS_MASK)).isTrue();
    }

    @Test
    void the_encoders_own_symbol_is_kept_when_it_reads_back() {
        String url = "http://localhost:8082/verify/" + "A".repeat(43);
        assertThat(QrCodes.readsBack(QrCodes.encode(url, null), url)).isTrue();
        assertThat(QrCodes.matrix(url)).isEqualTo(QrCodes.encode(url, null));
    }

    @Test
    void every_verify_link_of_a_sweep_reads_back() {
        // ids as the register makes them (UUIDv7, a minute of awards); with the encoder's own masks, 12 of these 400 did not read back
        CertificateCode codes = new CertificateCode(new byte[32]);
        Random random = new Random(7);
        long start = java.time.Instant.parse("2026-12-06T12:26:00Z").toEpochMilli();
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long millis = start + i * 600L;
            UUID id = new UUID((millis << 16) | 0x7000L | random.nextInt(4096), (2L << 62) | (random.nextLong() >>> 2));
            String url = "http://localhost:8082/verify/" + codes.of(id.toString());
            if (!QrCodes.readsBack(QrCodes.matrix(url), url)) {
                unread.add(url);
            }
        }
        assertThat(unread).isEmpty();
    }
}
