package vn.tdkt.nomination.certificate.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.planview.application.PlanViews;
import vn.tdkt.nomination.planview.domain.UnitStanding;
import vn.tdkt.nomination.register.application.RegisterService;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import lombok.RequiredArgsConstructor;

/**
 * Verifiable certificates: the PDF of an award for its unit and the Sở Nội vụ, and the public check of a code. A code
 * that is not the service's own (forged, altered, truncated) and a code of an award the register no longer has both
 * answer "not found", indistinguishably.
 */
@Service
@RequiredArgsConstructor
public class CertificateService {

    private final RegisterService register;
    private final CertificateCodes codes;
    private final CertificatePdf pdf;
    private final CatalogueService catalogues;
    private final PlanViews plan;

    /** An award as the public verify page shows it. */
    public record Verified(AwardRecord award, String unitName, String code) {
    }

    /**
     * The certificate of an award the caller may read: the unit's officers (their own unit's awards) and the Sở Nội
     * vụ.
     */
    public byte[] certificate(TdktPrincipal caller, String awardId) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER);
        AwardRecord award = register.get(caller, awardId).value();
        String code = codes.codeFor(award.id());
        return pdf.render(award, new CertificatePdf.Printed(unitName(award), title(award), codes.verifyUrl(award.id()),
                code));
    }

    /** The award a genuine code names, as the register holds it now (revoked or not); empty otherwise. */
    public Optional<Verified> verify(String code) {
        return codes.awardIdOf(code).flatMap(register::find)
                .map(award -> new Verified(award, unitName(award), code));
    }

    private String unitName(AwardRecord award) {
        String unit = award.subject().unitCode();
        return plan.unit(unit).map(UnitStanding::name).filter(n -> n != null && !n.isBlank()).orElse(unit);
    }

    private boolean title(AwardRecord award) {
        try {
            return catalogues.inForceOn(award.decision().date()).find(award.awardCode()).map(AwardForm::kind)
                    .orElse(AwardKind.COMMENDATION) == AwardKind.EMULATION_TITLE;
        } catch (DomainException e) {
            return catalogues.versions().get(0).version().catalogue().find(award.awardCode()).map(AwardForm::kind)
                    .orElse(AwardKind.COMMENDATION) == AwardKind.EMULATION_TITLE;
        }
    }
}
