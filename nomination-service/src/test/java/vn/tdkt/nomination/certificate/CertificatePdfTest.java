package vn.tdkt.nomination.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.certificate.application.CertificatePdf;
import vn.tdkt.nomination.certificate.application.CertificateProperties;
import vn.tdkt.nomination.certificate.domain.CertificateCode;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.DecisionRef;
import vn.tdkt.nomination.register.domain.RegisterSubject;
import vn.tdkt.nomination.register.domain.RevocationTrigger;
import vn.tdkt.nomination.register.domain.Revoking;
import vn.tdkt.nomination.register.domain.RewardMoney;
import vn.tdkt.platformtest.pdf.RenderedCertificate;

/**
 * The certificate's page over many codes: each code gives another QR pattern, and the QR code must read back from the
 * rendered page for every one, with or without a revoked award's stamp above it, not only for the one code a service
 * test happens to draw.
 */
class CertificatePdfTest {

    private static final int CERTIFICATES = 20;

    private final CertificatePdf pdf = new CertificatePdf(new CertificateProperties(null, null, null));
    private final CertificateCode codes = new CertificateCode(new byte[32]);

    @Test
    void the_qr_code_reads_back_from_every_rendered_certificate_revoked_or_not() throws Exception {
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            boolean revoked = i % 2 == 1;
            AwardRecord award = award(i, revoked);
            String code = codes.of(award.id());
            String url = "http://localhost:8082/verify/" + code;

            RenderedCertificate read = RenderedCertificate.read(pdf.render(award, new CertificatePdf.Printed(
                    "Phòng Giáo dục Tiểu học", false, url, code)), "sweep-" + i);

            assertThat(read.text().contains("ĐÃ HỦY BỎ theo Quyết định số 2400/QĐ-UBND")).isEqualTo(revoked);
            if (!url.equals(read.qrCode())) {
                unread.add(i + ": " + url);
            }
        }
        assertThat(unread).as("certificates whose QR code did not read back").isEmpty();
    }

    /** An award of the register with an id as the register makes them (UUIDv7), {@code i} seconds apart. */
    private static AwardRecord award(int i, boolean revoked) {
        long millis = Instant.parse("2026-12-06T12:27:00Z").toEpochMilli() + i * 1_000L;
        String id = new UUID((millis << 16) | 0x7000L | i, (2L << 62) | (0x9E3779B97F4A7C15L * (i + 1) >>> 2))
                .toString();
        var decided = new AwardRecord.Decided(id, RegisterSubject.person("Nguyễn Thị Hoa", "001190000001",
                LocalDate.of(1990, 5, 1), "SGDDT"), "BKUBNDT", "Bằng khen của Chủ tịch UBND tỉnh", 2026,
                CommendationType.PERIODIC, new DecisionRef(UUID.randomUUID().toString(), "2201/QĐ-UBND",
                        LocalDate.of(2026, 12, 15), DecidingAuthority.CHU_TICH_UBND_TINH, "Lê Văn Thành"),
                null, new RewardMoney(BigDecimal.ONE, "NĐ 152/2025", 2_340_000, LocalDate.of(2024, 7, 1),
                        "NĐ 73/2024", 2_340_000, "2026"), List.of());
        AwardRecord award = AwardRecord.decided(decided, "http://localhost:8082/verify/", "snv", Instant.now())
                .aggregate();
        if (revoked) {
            award.revoke(new Revoking("revocation-1", "2400/QĐ-UBND", LocalDate.of(2026, 12, 20),
                    DecidingAuthority.CHU_TICH_UBND_TINH, "Lê Văn Thành", RevocationTrigger.B, "Làm giả hồ sơ", null,
                    2_340_000, List.of()), Instant.now());
        }
        return award;
    }
}
