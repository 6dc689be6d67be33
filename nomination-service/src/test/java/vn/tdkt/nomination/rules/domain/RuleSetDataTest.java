package vn.tdkt.nomination.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.nomination.lawdata.LawDataException;

class RuleSetDataTest {

    private static final Set<String> AWARDS = RuleVectorTest.awardCodes();

    @Test
    void bundled_rule_sets_load_with_both_regimes_back_to_back() {
        List<CompiledRuleSet> sets = RuleSetData.load(RuleSetData.INDEX, ParameterOverrides.NONE, AWARDS);

        assertThat(sets).extracting(s -> s.ruleSet().id()).containsExactly("nd98-2023", "nd152-2025");
        assertThat(sets.get(0).ruleSet().effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(sets.get(1).ruleSet().effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        for (CompiledRuleSet set : sets) {
            for (Rule rule : set.ruleSet().rules()) {
                assertThat(rule.citation()).as(rule.id()).isNotBlank();
                assertThat(rule.id()).matches("R-[A-Z0-9]+-\\d{2}");
            }
        }
        assertThat(sets.get(1).ruleSet().rule("R-GEN-10")).isPresent();
        assertThat(sets.get(0).ruleSet().rule("R-GEN-10")).isEmpty();
        assertThat(sets.get(0).ruleSet().rule("R-GEN-04")).isEmpty();
    }

    @Test
    void r_gen_03_refuses_a_condition_that_requires_a_lower_form_no_criterion_names() {
        assertThatThrownBy(() -> RuleSetData.load("rules-test/lower-form-index.yaml", ParameterOverrides.NONE,
                AWARDS))
                .isInstanceOf(LawDataException.class)
                .hasMessageContaining("R-CSTT-01")
                .hasMessageContaining("prior award LDTT")
                .hasMessageContaining("R-GEN-03");
        assertThat(RuleSetData.load("rules-test/listed-form-index.yaml", ParameterOverrides.NONE, AWARDS))
                .hasSize(1);
        assertThatThrownBy(() -> RuleSetData.load("rules-test/raw-awards-index.yaml", ParameterOverrides.NONE,
                AWARDS))
                .isInstanceOf(LawDataException.class)
                .hasMessageContaining("R-GEN-03 cannot be checked");
    }

    @Test
    void a_malformed_condition_or_a_missing_english_template_stops_loading_with_the_field_named() {
        assertThatThrownBy(() -> RuleSetData.load("rules-test/bad-cel-index.yaml", ParameterOverrides.NONE, AWARDS))
                .isInstanceOf(LawDataException.class)
                .hasMessageContaining("bad-cel.yaml: rules[0].condition is not valid CEL");
        assertThatThrownBy(() -> RuleSetData.load("rules-test/no-english-index.yaml", ParameterOverrides.NONE,
                AWARDS))
                .isInstanceOf(LawDataException.class)
                .hasMessageContaining("rules[0].explanation.en is required");
    }

    @Test
    void province_parameters_override_the_bundled_values_with_their_type() {
        ParameterOverrides legacy = RuleSetData.provinceProfile("legacy-91")
                .then(Map.of("R-TTTT-01", Map.of("minLdttShare", "0.8"),
                        "R-DL-02", Map.of("requiredSources", "CONG_AN_TINH, THANH_TRA_TINH")));
        CompiledRuleSet nd152 = RuleSetData.load(RuleSetData.INDEX, legacy, AWARDS).get(1);

        assertThat(nd152.ruleSet().province()).isEqualTo("legacy-91");
        assertThat(nd152.ruleSet().rule("R-LDTT-02").orElseThrow().parameters()).containsEntry("enabled", true);
        assertThat(nd152.ruleSet().rule("R-CSCS-02").orElseThrow().parameters())
                .containsEntry("maxShareOfLdtt", 0.15);
        assertThat(nd152.ruleSet().rule("R-TTTT-01").orElseThrow().parameters()).containsEntry("minLdttShare", 0.8);
        assertThat(nd152.ruleSet().rule("R-DL-02").orElseThrow().parameters())
                .containsEntry("requiredSources", List.of("CONG_AN_TINH", "THANH_TRA_TINH"));
        assertThat(RuleSetData.load(RuleSetData.INDEX, RuleSetData.provinceProfile("bac-ninh"), AWARDS).get(1)
                .ruleSet().rule("R-TTTT-01").orElseThrow().parameters()).containsEntry("minLdttShare", 0.7);
    }

    @ParameterizedTest(name = "{0}.{1} = {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            R-XYZ-01  | a        | 1   | no rule set has rule R-XYZ-01
            R-TTTT-01 | minShare | 0.8 | has no parameter 'minShare'
            R-LDTT-02 | enabled  | yes | R-LDTT-02.enabled
            R-COT-01  | maxRank  | 1.5 | R-COT-01.maxRank
            """)
    void an_override_of_an_unknown_rule_or_parameter_or_of_the_wrong_type_stops_loading(String rule,
            String parameter, String value, String message) {
        assertThatThrownBy(() -> RuleSetData.load(RuleSetData.INDEX, ParameterOverrides.NONE
                .then(Map.of(rule, Map.of(parameter, value))), AWARDS))
                .isInstanceOf(LawDataException.class).hasMessageContaining(message);
    }
}
