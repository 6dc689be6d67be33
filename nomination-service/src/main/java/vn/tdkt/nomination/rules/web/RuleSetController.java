package vn.tdkt.nomination.rules.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.rules.application.RuleSetService;
import vn.tdkt.nomination.rules.domain.Rule;
import vn.tdkt.nomination.rules.domain.RuleSet;
import vn.tdkt.platform.security.Roles;
import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/v1/rule-sets")
@Tag(name = "Bộ quy tắc (rule sets)", description = "Các quy tắc xét điều kiện khen thưởng dưới dạng dữ liệu có trích "
        + "dẫn, mỗi bộ ứng với một văn bản pháp luật (nd98-2023, nd152-2025): điều kiện CEL, tham số của tỉnh, lời "
        + "giải thích tiếng Việt và tiếng Anh. — The eligibility rules as cited data, one set per legal regime: CEL "
        + "conditions, province parameters, explanations in Vietnamese and English.")
@RequiredArgsConstructor
public class RuleSetController {

    private final RuleSetService ruleSets;

    /**
     * Lists the rule sets.
     * <p>Any role. Oldest first, with the days each is in force, its legal basis, the province profile and how many
     * rules it has. A dossier is judged by the set in force on its decision date.
     *
     * @return the rule sets
     */
    @GetMapping
    @PreAuthorize(Roles.ANY)
    public List<RuleSetSummary> list() {
        return ruleSets.all().stream().map(RuleSetSummary::of).toList();
    }

    /**
     * Reads one rule set with its rules.
     * <p>Any role. Each rule with its citation and confidence, the awards, subject types and proposal types it applies
     * to, its condition in CEL, the parameters in force for the province, and its explanation templates. An unknown set
     * answers 404.
     *
     * @param id the rule set id, e.g. {@code nd152-2025}
     * @return the rule set
     */
    @GetMapping("/{id}")
    @PreAuthorize(Roles.ANY)
    public RuleSetDetail get(@PathVariable String id) {
        return RuleSetDetail.of(ruleSets.get(id));
    }

    public record RuleSetSummary(String id, String version, String name, String nameEn, LocalDate effectiveFrom,
            LocalDate effectiveTo, String province, List<String> basis, int ruleCount) {
        static RuleSetSummary of(RuleSet set) {
            return new RuleSetSummary(set.id(), set.version(), set.name(), set.nameEn(), set.effectiveFrom(),
                    set.effectiveTo(), set.province(), set.basis(), set.rules().size());
        }
    }

    public record RuleSetDetail(String id, String version, String name, String nameEn, LocalDate effectiveFrom,
            LocalDate effectiveTo, String province, List<String> basis, List<RuleView> rules) {
        static RuleSetDetail of(RuleSet set) {
            return new RuleSetDetail(set.id(), set.version(), set.name(), set.nameEn(), set.effectiveFrom(),
                    set.effectiveTo(), set.province(), set.basis(), set.rules().stream().map(RuleView::of).toList());
        }
    }

    public record RuleView(String id, String kind, String kindLabel, String scope, String citation,
            String confidence, LocalDate effectiveFrom, LocalDate effectiveTo, List<String> awards,
            List<SubjectType> subjectTypes, List<CommendationType> types, List<String> prerequisites, String step,
            String when, String condition, Map<String, Object> parameters, Map<String, String> explanation,
            Map<String, String> effect, String note) {
        static RuleView of(Rule rule) {
            return new RuleView(rule.id(), rule.kind().name(), rule.kind().label(), rule.scope().name(),
                    rule.citation(), rule.confidence(), rule.effectiveFrom(), rule.effectiveTo(),
                    rule.awards().stream().sorted().toList(), rule.subjectTypes().stream().sorted().toList(),
                    rule.types().stream().sorted().toList(), rule.prerequisiteList(),
                    rule.step() == null ? null : rule.step().name(), rule.when(), rule.condition(),
                    rule.parameters(), rule.explanation(), rule.effect(), rule.note());
        }
    }
}
