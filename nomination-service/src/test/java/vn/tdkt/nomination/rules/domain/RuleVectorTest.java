package vn.tdkt.nomination.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.CatalogueData;
import vn.tdkt.nomination.catalogue.domain.CatalogueTimeline;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;
import vn.tdkt.nomination.lawdata.YamlNode;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.web.EligibilityCheckRequest;

/**
 * Every rule as facts → result, kept as data under {@code src/test/resources/rule-vectors/}: a vector names the
 * DOMAIN rule it is about and the citation that rule must carry, gives the proposal, the subject's (and optionally a
 * dossier's) facts in the what-if request's shape, and the expected outcome. The decision date chooses the rule set
 * and the catalogue version, as in production.
 *
 * <p>A CHECK rule (and a PREPARATION rule with a condition) needs a passing and a failing vector. A PREPARATION rule
 * without a condition always passes; its vectors show it changing the facts ({@code changed: true}, the outcome of
 * the rule it feeds flips) and leaving them alone ({@code changed: false}).
 */
class RuleVectorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, List<CompiledRuleSet>> RULE_SETS = new ConcurrentHashMap<>();
    private static final CatalogueTimeline CATALOGUE = new CatalogueTimeline(CatalogueData.bundled().versions());

    record Vector(String file, String name, String rule, String citation, Map<String, Object> raw) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }
    }

    static List<Vector> vectors() throws IOException, URISyntaxException {
        Path folder = Paths.get(RuleVectorTest.class.getClassLoader().getResource("rule-vectors").toURI());
        List<Vector> vectors = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                YamlNode root = YamlNode.parse(file.getFileName().toString(), Files.readString(file));
                for (YamlNode entry : root.list("vectors")) {
                    vectors.add(new Vector(file.getFileName().toString(), entry.requiredString("name"),
                            entry.requiredString("rule"), entry.requiredString("citation"), entry.plainMap()));
                }
            }
        }
        return vectors;
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        return vectors().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void vector_gives_the_expected_result_with_the_rules_citation(Vector vector) {
        Map<String, Object> expect = (Map<String, Object>) vector.raw().getOrDefault("expect", Map.of());
        Evaluation vi = evaluate(vector, Locale.forLanguageTag("vi"));
        Evaluation en = evaluate(vector, Locale.ENGLISH);

        vi.verdicts().forEach(v -> assertThat(v.evaluationError()).as("%s: %s evaluates", vector, v.rule().id())
                .isNull());
        if (expect.containsKey("ruleSet")) {
            assertThat(vi.ruleSet().id()).as("rule set chosen by the decision date").isEqualTo(expect.get("ruleSet"));
        }
        if (expect.containsKey("eligible")) {
            assertThat(vi.verdicts().stream().allMatch(RuleVerdict::passed)).as("%s eligible", vector)
                    .isEqualTo(expect.get("eligible"));
        }
        for (Object absent : (List<Object>) expect.getOrDefault("absent", List.of())) {
            assertThat(vi.verdicts()).as("%s: %s is not evaluated", vector, absent)
                    .noneMatch(v -> v.rule().id().equals(absent));
        }
        if (Boolean.TRUE.equals(expect.get("ruleAbsent"))) {
            assertThat(vi.verdicts()).as("%s is not evaluated", vector.rule())
                    .noneMatch(v -> v.rule().id().equals(vector.rule()));
            return;
        }
        RuleVerdict verdict = find(vi, vector.rule());
        RuleVerdict english = find(en, vector.rule());
        assertThat(verdict.rule().citation()).as("%s citation", vector).contains(vector.citation());
        if (expect.containsKey("passed")) {
            assertThat(verdict.passed()).as("%s passed (explanation: %s)", vector, verdict.explanation())
                    .isEqualTo(expect.get("passed"));
            if (!verdict.passed()) {
                assertThat(verdict.explanation()).as("%s explains in Vietnamese", vector).isNotBlank();
                assertThat(english.explanation()).as("%s explains in English", vector).isNotBlank()
                        .isNotEqualTo(verdict.explanation());
            }
        }
        if (expect.containsKey("changed")) {
            boolean changed = (Boolean) expect.get("changed");
            assertThat(verdict.explanation() != null).as("%s changed the facts (%s)", vector, verdict.explanation())
                    .isEqualTo(changed);
            if (changed) {
                assertThat(english.explanation()).isNotBlank().isNotEqualTo(verdict.explanation());
            }
        }
        if (expect.containsKey("explanationContains")) {
            assertThat(verdict.explanation()).as("%s explanation", vector)
                    .contains(String.valueOf(expect.get("explanationContains")));
        }
        Map<String, Object> others = (Map<String, Object>) expect.getOrDefault("others", Map.of());
        others.forEach((ruleId, passed) -> assertThat(find(vi, ruleId).passed())
                .as("%s: %s (%s)", vector, ruleId, find(vi, ruleId).explanation()).isEqualTo(passed));
    }

    /**
     * Every evaluated rule of every rule set has a passing and a failing vector (or, for a preparation step without
     * a condition, one that changes the facts and one that does not).
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_evaluated_rule_has_a_passing_and_a_failing_vector() throws IOException, URISyntaxException {
        Map<String, Set<String>> outcomes = new HashMap<>();
        for (Vector vector : vectors()) {
            Map<String, Object> expect = (Map<String, Object>) vector.raw().getOrDefault("expect", Map.of());
            Set<String> seen = outcomes.computeIfAbsent(vector.rule(), id -> new HashSet<>());
            if (expect.containsKey("passed")) {
                seen.add(Boolean.TRUE.equals(expect.get("passed")) ? "pass" : "fail");
            }
            if (expect.containsKey("changed")) {
                seen.add(Boolean.TRUE.equals(expect.get("changed")) ? "fail" : "pass");
            }
        }
        Set<String> evaluated = new HashSet<>();
        for (CompiledRuleSet set : ruleSets(Map.of())) {
            set.rules().forEach(compiled -> evaluated.add(compiled.rule().id()));
        }
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String id : evaluated.stream().sorted().toList()) {
            Set<String> seen = outcomes.getOrDefault(id, Set.of());
            if (!seen.containsAll(Set.of("pass", "fail"))) {
                missing.put(id, seen);
            }
        }
        assertThat(missing).as("rules without both a passing and a failing vector").isEmpty();
    }

    record Evaluation(RuleSet ruleSet, LocalDate decisionDate, List<RuleVerdict> verdicts) {
    }

    @SuppressWarnings("unchecked")
    private static Evaluation evaluate(Vector vector, Locale locale) {
        Map<String, Object> raw = new LinkedHashMap<>(vector.raw());
        Map<String, Map<String, Object>> parameters = (Map<String, Map<String, Object>>) raw.getOrDefault(
                "parameters", Map.of());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("awardCode", raw.get("award"));
        request.put("subjectType", raw.getOrDefault("subjectType", "INDIVIDUAL"));
        request.put("year", raw.get("year"));
        request.put("decisionDate", raw.get("decisionDate"));
        request.put("type", raw.get("type"));
        request.put("facts", raw.getOrDefault("facts", Map.of()));
        request.put("dossier", raw.get("dossier"));
        EligibilityQuery query = JSON.convertValue(request, EligibilityCheckRequest.class).query();
        CompiledRuleSet set = ruleSets(parameters).stream()
                .filter(s -> s.ruleSet().inForceOn(query.decisionDate())).findFirst().orElseThrow();
        CatalogueVersion version = CATALOGUE.inForceOn(query.decisionDate()).orElseThrow();
        AwardCatalogue catalogue = version.catalogue();
        AwardForm award = catalogue.find(query.awardCode()).orElseThrow();
        List<RuleVerdict> verdicts = RuleEngine.evaluate(set, new Proposal(query.awardCode(), query.subjectType(),
                query.year(), query.decisionDate(), query.type()), award, catalogue, query.facts(), query.dossier(),
                locale);
        return new Evaluation(set.ruleSet(), query.decisionDate(), verdicts);
    }

    static List<CompiledRuleSet> ruleSets(Map<String, Map<String, Object>> parameters) {
        return RULE_SETS.computeIfAbsent(String.valueOf(new java.util.TreeMap<>(parameters)), key -> RuleSetData.load(
                RuleSetData.INDEX, new ParameterOverrides("test", parameters), awardCodes()));
    }

    static Set<String> awardCodes() {
        return CatalogueData.bundled().versions().stream().flatMap(v -> v.awards().stream())
                .map(AwardForm::code).collect(Collectors.toSet());
    }

    private static RuleVerdict find(Evaluation evaluation, String ruleId) {
        return evaluation.verdicts().stream().filter(v -> v.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " was not evaluated; evaluated: "
                        + evaluation.verdicts().stream().map(v -> v.rule().id()).toList()));
    }
}
