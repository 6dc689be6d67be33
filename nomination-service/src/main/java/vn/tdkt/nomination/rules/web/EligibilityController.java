package vn.tdkt.nomination.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;

@RestController
@RequestMapping("/api/v1/eligibility-checks")
@Tag(name = "Kiểm tra điều kiện", description = "What-if eligibility check against the rules in force")
public class EligibilityController {

    private final EligibilityService eligibility;

    public EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('UNIT_OFFICER','SNV_OFFICER','COUNCIL_MEMBER','LEADER','ADMIN')")
    @Operation(summary = "Judge a subject's facts (and optionally a dossier's) against the rule set in force on the "
            + "decision date; stateless, nothing is stored. Explanations follow Accept-Language (vi default, en)")
    public EligibilityReport check(@Valid @RequestBody EligibilityCheckRequest request,
            @Parameter(hidden = true) Locale locale) {
        return eligibility.check(request.query(), locale);
    }
}
