package vn.tdkt.nomination.certificate.web;

import com.samskivert.mustache.Template;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.certificate.application.CertificateProperties;
import vn.tdkt.nomination.certificate.application.CertificateService;
import vn.tdkt.nomination.pages.HtmlPages;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.register.domain.AwardStatus;
import vn.tdkt.nomination.vocabulary.domain.VietnameseDates;

/**
 * The public page a certificate's QR code opens (no token; rate-limited per client address by
 * {@code tdkt.nomination.rate-limits}): the award as the register holds it now, or that it was revoked, in
 * Vietnamese. Any code that is not a genuine one answers the same "not found" page, with no hint why; the page shows
 * no national ID, birth date or money.
 */
@RestController
@Tag(name = "Kiểm tra giấy chứng nhận (trang công khai)", description = "Public verification of award certificates; "
        + "no token")
public class VerifyPage {

    private final CertificateService certificates;
    private final CertificateProperties properties;
    private final Template page;

    public VerifyPage(CertificateService certificates, CertificateProperties properties) {
        this.certificates = certificates;
        this.properties = properties;
        this.page = HtmlPages.template("/templates/verify/award.mustache");
    }

    /**
     * Public page: is the certificate with this code genuine, and is its award still in force?
     * <p>No token; rate-limited per client address ({@code tdkt.nomination.rate-limits},
     * {@code certificate-verification}: 30 a minute, 429 above it), so that codes cannot be tried in bulk. A genuine
     * code shows, in Vietnamese, the award, the awardee and unit, the year and the decision, and whether the award is
     * in force or was revoked (with the revoking decision and its ground); never a national ID, a birth date or money.
     * A code that is not genuine (forged, altered, truncated) or names an award no longer in the register answers the
     * same 404 "not found" page, with no hint why. Never cached.
     *
     * @param code the code printed under the certificate's QR code
     * @return the HTML page
     */
    @GetMapping(path = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> verify(@PathVariable String code) {
        Optional<CertificateService.Verified> verified = certificates.verify(code);
        Map<String, Object> model = new HashMap<>();
        model.put("issuer", properties.issuer());
        if (verified.isEmpty()) {
            model.put("found", false);
            model.put("status", "NOT_FOUND");
            model.put("title", "Không tìm thấy giấy chứng nhận");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HtmlPages.HTML)
                    .cacheControl(CacheControl.noStore())
                    .body(page.execute(model));
        }
        AwardRecord award = verified.get().award();
        boolean revoked = award.status() == AwardStatus.REVOKED;
        model.put("found", true);
        model.put("status", award.status().name());
        model.put("active", !revoked);
        model.put("revoked", revoked);
        model.put("title", (revoked ? "Đã hủy bỏ: " : "Hợp lệ: ") + award.awardName() + " – "
                + award.subject().name());
        model.put("verb", "Hình thức, danh hiệu");
        model.put("awardName", award.awardName());
        model.put("subjectName", award.subject().name());
        model.put("unitName", verified.get().unitName());
        model.put("year", String.valueOf(award.year()));
        model.put("decisionNumber", award.decision().number());
        model.put("decisionDate", VietnameseDates.DAY.format(award.decision().date()));
        model.put("decidedBy", award.decision().authority().label());
        model.put("code", verified.get().code());
        if (revoked) {
            model.put("revocationNumber", award.revocation().decisionNumber());
            model.put("revocationDate", VietnameseDates.DAY.format(award.revocation().decisionDate()));
            model.put("revocationGround", award.revocation().trigger().citation());
        }
        return ResponseEntity.ok().contentType(HtmlPages.HTML).cacheControl(CacheControl.noStore())
                .body(page.execute(model));
    }
}
