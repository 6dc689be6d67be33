package vn.tdkt.nomination.catalogue.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping(AwardController.BASE)
@Tag(name = "Danh mục khen thưởng (awards)", description = "Danh mục danh hiệu thi đua và hình thức khen thưởng theo "
        + "từng phiên bản (NĐ 98/2023 từ 01/01/2024, NĐ 152/2025 từ 01/7/2025): đối tượng, cấp quyết định, biểu "
        + "quyết của Hội đồng, tài liệu bắt buộc, hệ số tiền thưởng; và mức lương cơ sở theo thời gian. — The "
        + "catalogue of emulation titles and commendation forms, one version per legal regime: subject types, "
        + "deciding level, council vote, required documents, reward coefficients; and the dated base salary.")
@RequiredArgsConstructor
public class AwardController {

    static final String BASE = "/api/v1/awards";

    private final CatalogueService catalogues;
    private final Clock clock;

    /**
     * Lists the awards of the catalogue in force on a date.
     * <p>Any role. A dossier is judged by the version in force on its decision date, so {@code on=2024-05-01} shows
     * what applied then. Each award has its Vietnamese and English name, the subject types it is for, the deciding
     * level, the council vote, the required documents with the rule that requires each, the public notice and the
     * reward coefficients.
     *
     * @param on          the decision date whose catalogue applies; today when left out
     * @param subjectType only the awards that can be proposed for this subject type
     * @return the awards in force
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public List<AwardView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) SubjectType subjectType) {
        AwardCatalogue catalogue = catalogues.inForceOn(on == null ? LocalDate.now(clock) : on);
        List<AwardForm> forms = subjectType == null ? catalogue.all() : catalogue.forSubjectType(subjectType);
        return forms.stream().map(AwardView::of).toList();
    }

    /**
     * Lists every version of the catalogue.
     * <p>Any role. Oldest first, each with the days it is in force, its legal bases and whether it was bundled with the
     * release or published by an administrator.
     *
     * @return the versions
     */
    @GetMapping("/versions")
    @PreAuthorize(Roles.ANY)
    public List<CatalogueVersionSummary> versions() {
        return catalogues.versions().stream().map(CatalogueVersionSummary::of).toList();
    }

    /**
     * Reads one catalogue version with its awards.
     * <p>Any role. An unknown version answers 404.
     *
     * @param id the version id, e.g. {@code catalogue-2025-07-01}
     * @return the version and its awards
     */
    @GetMapping("/versions/{id}")
    @PreAuthorize(Roles.ANY)
    public CatalogueVersionDetail version(@PathVariable String id) {
        return CatalogueVersionDetail.of(catalogues.version(id));
    }

    /**
     * Publishes a new catalogue version, in force from a future date.
     * <p>ADMIN only. The body is the complete list of awards in force from {@code effectiveFrom} (the shape of the
     * bundled {@code catalogue/2025-07-01.yaml}). {@code effectiveFrom} must be after today (400
     * {@code catalogue.effective-from-not-future}) and after the latest version (409
     * {@code catalogue.effective-from-not-after-latest}), so no decision already judged changes; an inconsistent award
     * is a 400 naming it ({@code catalogue.award-invalid}). Every instance picks the version up within 30 seconds; no
     * release is needed.
     *
     * @return 201 with the version, its {@code Location} and {@code ETag}
     */
    @PostMapping("/versions")
    @PreAuthorize(Roles.ADMIN)
    public ResponseEntity<CatalogueVersionDetail> publish(TdktPrincipal caller,
            @Valid @RequestBody PublishVersionRequest request) {
        Versioned<vn.tdkt.nomination.catalogue.domain.CatalogueVersion> published = catalogues.publish(caller,
                request.effectiveFrom(), request.note(), request.citations(), request.awardForms());
        return ETags.created(URI.create(BASE + "/versions/" + published.value().id()), published,
                version -> CatalogueVersionDetail.of(catalogues.version(version.id())));
    }

    /**
     * Reads the base salary (mức lương cơ sở) in force on a date.
     * <p>Any role. Reward amounts are a coefficient of it (R-MONEY-01): 2 340 000 đ from 01/7/2024 (NĐ 73/2024), 2 530
     * 000 đ from 01/7/2026 (NĐ 161/2026).
     *
     * @param on the date; today when left out
     * @return the amount, the date it applies from and its legal basis
     */
    @GetMapping("/base-salary")
    @PreAuthorize(Roles.ANY)
    public BaseSalaryView baseSalary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return BaseSalaryView.of(catalogues.baseSalaryOn(on == null ? LocalDate.now(clock) : on));
    }
}
