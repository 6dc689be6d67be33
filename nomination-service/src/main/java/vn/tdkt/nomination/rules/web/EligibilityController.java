package vn.tdkt.nomination.rules.web;

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
import vn.tdkt.platform.security.Roles;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/v1/eligibility-checks")
@Tag(name = "Kiểm tra điều kiện (eligibility checks)", description = "Hỏi thử: một người hoặc tập thể có đủ điều kiện "
        + "nhận một hình thức khen thưởng không, theo bộ quy tắc có hiệu lực vào ngày quyết định; không lưu gì. — "
        + "What-if: would a subject be eligible for an award under the rules in force on the decision date; nothing "
        + "is stored.")
@RequiredArgsConstructor
public class EligibilityController {

    private final EligibilityService eligibility;

    /**
     * Judges a subject's facts against the rules in force on the decision date.
     * <p>Any role; stateless, nothing is stored. Give the award, the subject type, the year and the decision date, and
     * the facts the rules read — ratings, prior awards, innovations, holds, disciplines, member counts of a collective,
     * cluster rank — every part optional. Add {@code dossier} facts (documents, dates, quota, window, duplicates,
     * deciding authority) to also judge the dossier, deadline, quota and authority rules. The explanations follow
     * {@code Accept-Language} (Vietnamese by default, English with {@code en}). An unknown award, a subject type the
     * award is not for, an unknown enum value or a missing decision date is a 400 problem naming the field.
     *
     * @return whether the subject is eligible, the rule set applied and every rule's result with its citation and
     * explanation
     */
    @PostMapping
    @PreAuthorize(Roles.ANY)
    public EligibilityReport check(@Valid @RequestBody EligibilityCheckRequest request,
            @Parameter(hidden = true) Locale locale) {
        return eligibility.check(request.query(), locale);
    }
}
