package vn.tdkt.nomination.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.tdkt.nomination.support.AwardTestSupport;
import vn.tdkt.platformtest.pdf.RenderedCertificate;
import vn.tdkt.platformtest.security.TestTokens;

/**
 * Verifiable certificates: the PDF shows its Vietnamese text in an embedded font with a glyph for every character,
 * rendered to PNG its QR code decodes to a verify link that answers without a token; a forged or altered code answers
 * "not found" and tells nothing; a revoked award says so; the public page is rate-limited; only the unit and the Sở Nội
 * vụ get the PDF.
 */
class CertificateTest extends AwardTestSupport {

    @Test
    void the_certificate_shows_its_vietnamese_text_and_its_qr_code_opens_the_verify_page() throws Exception {
        String awardId = decidedBkTinh();

        byte[] pdf = mvc.perform(get("/api/v1/award-register/" + awardId + "/certificate.pdf").with(own()))
                .andExpect(status(200)).andReturn().getResponse().getContentAsByteArray();

        RenderedCertificate certificate = RenderedCertificate.read(pdf);
        assertThat(certificate.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", "Nguyễn Thị Hoa", "Quyết định số 2150/QĐ-UBND ngày 20/12/2026",
                "Đã có thành tích xuất sắc năm 2026", "Sơn La, ngày 20 tháng 12 năm 2026");
        assertThat(certificate.glyphsMissing()).as("every character shown has its glyph in the embedded font")
                .isEmpty();
        assertThat(certificate.fontsNotEmbedded()).isEmpty();
        assertThat(certificate.charactersShown()).isGreaterThan(200);

        String url = certificate.qrCode();
        assertThat(url).startsWith("http://localhost:8082/verify/");
        assertThat(certificate.text().replace("\n", "")).contains(url);
        String path = url.substring("http://localhost:8082".length());
        var page = mvc.perform(get(path).with(from("10.0.0.1")));
        page.andExpect(status(200));
        String html = body(page);
        assertThat(html).contains("Giấy chứng nhận hợp lệ").contains("Nguyễn Thị Hoa")
                .contains("Bằng khen của Chủ tịch UBND tỉnh").contains("2150/QĐ-UBND").doesNotContain(HOA_ID);
        assertThat(page.andReturn().getResponse().getContentType()).startsWith("text/html");
    }

    @Test
    void a_forged_or_altered_code_is_not_found_and_tells_nothing() throws Exception {
        String awardId = decidedBkTinh();
        String code = certificateCode(awardId);
        String altered = code.substring(0, 10) + (code.charAt(10) == 'x' ? 'y' : 'x') + code.substring(11);

        var forged = mvc.perform(get("/verify/" + altered).with(from("10.0.0.2")));
        var garbage = mvc.perform(get("/verify/abc").with(from("10.0.0.2")));
        var unknownAward = mvc.perform(get("/verify/" + code.substring(0, 5) + "A" + code.substring(6))
                .with(from("10.0.0.2")));

        forged.andExpect(status(404));
        garbage.andExpect(status(404));
        unknownAward.andExpect(status(404));
        assertThat(body(forged)).contains("Không tìm thấy").doesNotContain("Nguyễn Thị Hoa")
                .isEqualTo(body(garbage)).isEqualTo(body(unknownAward));
    }

    @Test
    void a_revoked_award_verifies_as_revoked() throws Exception {
        String awardId = decidedBkTinh();
        String code = certificateCode(awardId);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/revocations")
                .with(snvOfficer()).contentType("application/json").content("""
                        {"awardId": "%s", "trigger": "B", "reason": "Làm giả hồ sơ",
                         "decision": {"number": "2400/QĐ-UBND", "date": "2026-12-20", "signer": "Lê Văn Thành",
                                      "authority": "CHU_TICH_UBND_TINH"}, "confirmedCascade": []}"""
                        .formatted(awardId))).andExpect(status(201));

        String html = body(mvc.perform(get("/verify/" + code).with(from("10.0.0.3"))).andExpect(status(200)));
        assertThat(html).contains("đã bị hủy bỏ theo Quyết định số 2400/QĐ-UBND").contains("Điều 93 khoản 2 điểm b");
        byte[] pdf = mvc.perform(get("/api/v1/award-register/" + awardId + "/certificate.pdf").with(snvOfficer()))
                .andReturn().getResponse().getContentAsByteArray();
        RenderedCertificate revoked = RenderedCertificate.read(pdf);
        assertThat(revoked.text()).contains("ĐÃ HỦY BỎ theo Quyết định số 2400/QĐ-UBND");
        assertThat(revoked.qrCode()).as("the stamp leaves the QR code readable").endsWith("/verify/" + code);
    }

    @Test
    void the_public_page_is_rate_limited_per_address() throws Exception {
        String code = certificateCode(decidedBkTinh());
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/verify/" + code).with(from("10.0.0.4"))).andExpect(status(200));
        }
        var limited = mvc.perform(get("/verify/" + code).with(from("10.0.0.4")));
        limited.andExpect(status(429));
        assertThat(limited.andReturn().getResponse().getHeader("Retry-After")).isNotBlank();
        mvc.perform(get("/verify/" + code).with(from("10.0.0.5"))).andExpect(status(200));
    }

    @Test
    void only_the_unit_and_the_department_get_the_pdf() throws Exception {
        String awardId = decidedBkTinh();
        String pdf = "/api/v1/award-register/" + awardId + "/certificate.pdf";
        mvc.perform(get(pdf).with(TestTokens.unitOfficer(OTHER))).andExpect(status(404));
        mvc.perform(get(pdf).with(TestTokens.leader())).andExpect(status(403));
        mvc.perform(get(pdf)).andExpect(status(401));
        mvc.perform(get(pdf).with(snvOfficer())).andExpect(status(200));
    }

    private String decidedBkTinh() throws Exception {
        hoaHoldsCstdcs(2025, 2026);
        String dossier = eligiblePerson("Nguyễn Thị Hoa", HOA_ID, "BK_TINH", 2026);
        return json(decide("2150/QĐ-UBND", "2026-12-20", "CHU_TICH_UBND_TINH", dossier), "$.awardees[0].awardId");
    }

    private String certificateCode(String awardId) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/award-register/" + awardId + "/certificate.pdf").with(own()))
                .andReturn().getResponse().getContentAsByteArray();
        String url = RenderedCertificate.read(pdf).qrCode();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
