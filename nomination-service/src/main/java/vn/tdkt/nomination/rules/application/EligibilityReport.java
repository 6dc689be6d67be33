package vn.tdkt.nomination.rules.application;

import java.util.List;

/**
 * The answer: eligible when every evaluated rule passed; every evaluated rule is in {@code results}, in rule-set
 * order, and every failed one carries an explanation in the caller's language.
 */
public record EligibilityReport(boolean eligible, RuleSetRef ruleSet, List<RuleResult> results) {

    public EligibilityReport {
        results = List.copyOf(results);
    }

    /** The results that failed. */
    public List<RuleResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }
}
