package vn.tdkt.nomination.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.certificate.application.CertificateService;
import vn.tdkt.platform.security.TdktPrincipal;

@RestController
@Tag(name = "Giấy chứng nhận khen thưởng", description = "Verifiable certificates of the award register: PDF with a "
        + "QR code of the public verify page")
public class CertificateController {

    private final CertificateService certificates;

    public CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(value = "/api/v1/award-register/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER')")
    @Operation(summary = "The certificate of an award as PDF (the unit's officers for their own unit, Sở Nội vụ): "
            + "Vietnamese text in an embedded font, the decision, and a QR code of its public verify page")
    public ResponseEntity<byte[]> certificate(@Parameter(hidden = true) TdktPrincipal caller,
            @PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"giay-chung-nhan-" + id + ".pdf\"")
                .body(certificates.certificate(caller, id));
    }
}
