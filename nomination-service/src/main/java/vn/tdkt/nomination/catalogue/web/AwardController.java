package vn.tdkt.nomination.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Danh mục khen thưởng", description = "Award catalogue: emulation titles and commendation forms")
public class AwardController {

    private final AwardCatalogue catalogue;

    public AwardController(AwardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')")
    @Operation(summary = "List the award catalogue, optionally only the awards that fit one subject type")
    public List<AwardResponse> list(
            @Parameter(description = "only awards that can be proposed for this subject type")
            @RequestParam(required = false) SubjectType subjectType) {
        List<AwardForm> forms = subjectType == null ? catalogue.all() : catalogue.forSubjectType(subjectType);
        return forms.stream().map(AwardResponse::of).toList();
    }

    public record AwardResponse(String code, String name, String kind, String kindLabel, String decisionLevel,
            String decisionLevelLabel, List<SubjectType> subjectTypes) {

        static AwardResponse of(AwardForm form) {
            return new AwardResponse(form.code(), form.name(), form.kind().name(), form.kind().label(),
                    form.decisionLevel().name(), form.decisionLevel().label(),
                    form.subjectTypes().stream().sorted(Comparator.naturalOrder()).toList());
        }
    }
}
