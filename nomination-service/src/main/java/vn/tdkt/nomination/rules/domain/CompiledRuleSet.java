package vn.tdkt.nomination.rules.domain;

import java.util.List;
import java.util.Optional;

/** A rule set ready to evaluate: every expression compiled, rules in evaluation order. */
public record CompiledRuleSet(RuleSet ruleSet, List<CompiledRule> rules) {

    public CompiledRuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<Rule> comparator(String ruleId) {
        return ruleSet.rule(ruleId).filter(rule -> rule.kind() == RuleKind.COMPARATOR);
    }
}
