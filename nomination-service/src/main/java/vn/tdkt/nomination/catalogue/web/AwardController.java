package vn.tdkt.nomination.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;

@RestController
@RequestMapping(AwardController.BASE)
@Tag(name = "Danh mục khen thưởng", description = "Award catalogue: emulation titles and commendation forms, versioned")
public class AwardController {

    static final String BASE = "/api/v1/awards";
    private static final String READERS =
            "hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')";

    private final CatalogueService catalogues;
    private final Clock clock;

    public AwardController(CatalogueService catalogues, Clock clock) {
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "The award catalogue in force on a date (default today), optionally only the awards that "
            + "fit one subject type")
    public List<AwardView> list(
            @Parameter(description = "the decision date whose catalogue version applies; default today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Parameter(description = "only awards that can be proposed for this subject type")
            @RequestParam(required = false) SubjectType subjectType) {
        AwardCatalogue catalogue = catalogues.inForceOn(on == null ? LocalDate.now(clock) : on);
        List<AwardForm> forms = subjectType == null ? catalogue.all() : catalogue.forSubjectType(subjectType);
        return forms.stream().map(AwardView::of).toList();
    }

    @GetMapping("/versions")
    @PreAuthorize(READERS)
    @Operation(summary = "Every version of the catalogue, oldest first, with the days each is in force")
    public List<CatalogueVersionSummary> versions() {
        return catalogues.versions().stream().map(CatalogueVersionSummary::of).toList();
    }

    @GetMapping("/versions/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "One catalogue version with its awards")
    public CatalogueVersionDetail version(@PathVariable String id) {
        return CatalogueVersionDetail.of(catalogues.version(id));
    }

    @PostMapping("/versions")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Publish a new catalogue version in force from a future date (ADMIN); no release needed")
    public ResponseEntity<CatalogueVersionDetail> publish(@Parameter(hidden = true) TdktPrincipal caller,
            @Valid @RequestBody PublishVersionRequest request) {
        Versioned<vn.tdkt.nomination.catalogue.domain.CatalogueVersion> published = catalogues.publish(caller,
                request.effectiveFrom(), request.note(), request.citations(), request.awardForms());
        return ETags.created(URI.create(BASE + "/versions/" + published.value().id()), published,
                version -> CatalogueVersionDetail.of(catalogues.version(version.id())));
    }

    @GetMapping("/base-salary")
    @PreAuthorize(READERS)
    @Operation(summary = "The base salary (mức lương cơ sở) in force on a date, default today (R-MONEY-01)")
    public BaseSalaryView baseSalary(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return BaseSalaryView.of(catalogues.baseSalaryOn(on == null ? LocalDate.now(clock) : on));
    }
}
