package vn.tdkt.nomination.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-GEN-08 as a ranking comparator, from the rule set's COMPARATOR entry (with its parameter and citation). */
class TieBreakTest {

    private final Rule rule = RuleSetData.load(RuleSetData.INDEX, ParameterOverrides.NONE, RuleVectorTest.awardCodes())
            .get(1).ruleSet().rule("R-GEN-08").orElseThrow();
    private final TieBreak tieBreak = TieBreak.of(rule);

    private static SubjectFacts person(String name, Boolean female) {
        return SubjectFacts.empty().withProfile(new SubjectFacts.Profile(female, false, false, false))
                .withUnit(new SubjectFacts.Unit(name, false, null));
    }

    private static SubjectFacts collective(String name, int members, int women) {
        return SubjectFacts.empty().withCollective(new SubjectFacts.Collective(members, null, null, null, null, women))
                .withUnit(new SubjectFacts.Unit(name, false, null));
    }

    @Test
    void the_comparator_encodes_the_cited_rule() {
        assertThat(rule.kind()).isEqualTo(RuleKind.COMPARATOR);
        assertThat(tieBreak.rule().citation()).contains("Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6");
    }

    @Test
    void among_equals_women_and_collectives_of_at_least_70_percent_women_come_first() {
        List<SubjectFacts> candidates = new ArrayList<>(List.of(person("nam", false), collective("tt-60", 10, 6),
                person("nu", true), collective("tt-70", 10, 7), person("khong-ro", null)));
        Comparator<SubjectFacts> byScore = Comparator.comparingInt(f -> 0);

        candidates.sort(byScore.thenComparing(tieBreak));

        assertThat(candidates.subList(0, 2)).extracting(f -> f.unit().code())
                .containsExactlyInAnyOrder("nu", "tt-70");
        assertThat(candidates.subList(2, 5)).extracting(f -> f.unit().code())
                .containsExactlyInAnyOrder("nam", "tt-60", "khong-ro");
        assertThat(tieBreak.preferred(collective("tt-69", 100, 69))).isFalse();
    }

    @Test
    void it_never_overrides_the_real_ranking() {
        List<SubjectFacts> candidates = new ArrayList<>(List.of(person("nu", true), person("nam", false)));
        Comparator<SubjectFacts> namFirst = Comparator.comparing(f -> f.unit().code().equals("nam") ? 0 : 1);

        candidates.sort(namFirst.thenComparing(tieBreak));

        assertThat(candidates).extracting(f -> f.unit().code()).containsExactly("nam", "nu");
    }
}
