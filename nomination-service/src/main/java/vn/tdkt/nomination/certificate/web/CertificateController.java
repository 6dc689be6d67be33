package vn.tdkt.nomination.certificate.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.certificate.application.CertificateService;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

@RestController
@Tag(name = "Giấy chứng nhận khen thưởng", description = "Verifiable certificates of the award register: PDF with a "
        + "QR code of the public verify page")
@RequiredArgsConstructor
public class CertificateController {

    private final CertificateService certificates;

    /**
     * The certificate of an award as PDF (the unit's officers for their own unit, Sở Nội vụ): Vietnamese text in an
     * embedded font, the decision, and a QR code of its public verify page.
     * <p>UNIT_OFFICER for their own unit's people and collectives, and SNV_OFFICER; another role answers 403
     * {@code security.forbidden}, another unit's or a missing award 404 {@code register.award-not-found}. The
     * certificate of a revoked award says so across the page. The QR code carries the award's signed code; the public
     * page it opens shows the award as the register holds it at that moment.
     *
     * @param id the award id
     * @return the certificate, inline as {@code application/pdf}
     */
    @GetMapping(value = "/api/v1/award-register/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.UNIT_OR_SNV)
    public ResponseEntity<byte[]> certificate(TdktPrincipal caller,
            @PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"giay-chung-nhan-" + id + ".pdf\"")
                .body(certificates.certificate(caller, id));
    }
}
