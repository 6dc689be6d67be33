package vn.tdkt.nomination.dossier.domain;

/** One rule as the rules engine judged the dossier: its DOMAIN id, legal citation, verdict and explanation. */
public record RuleResult(String ruleId, String citation, boolean passed, String explanation) {
}
