package vn.tdkt.nomination.rules.domain;

/**
 * The outcome of one rule for one proposal.
 *
 * @param explanation     why it failed, or what a preparation step changed, in the asked language; {@code null}
 *                        when there is nothing to say
 * @param evaluationError when the rule could not be evaluated (a fact it needs has an unexpected shape): CEL's
 *                        message; the rule then counts as failed
 */
public record RuleVerdict(Rule rule, boolean passed, String explanation, String evaluationError) {
}
