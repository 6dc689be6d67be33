package vn.tdkt.nomination.rules.application;

/**
 * One evaluated rule.
 *
 * @param ruleId      the DOMAIN §10 id, e.g. {@code R-CSCS-01}
 * @param citation    law, article and clause, e.g. "Luật Thi đua, khen thưởng 2022, Điều 23"
 * @param passed      whether the subject (or dossier) meets it
 * @param explanation why it failed, in the caller's language; for a rule that shapes the facts (e.g. R-GEN-04),
 *                    what it did; otherwise {@code null}
 */
public record RuleResult(String ruleId, String citation, boolean passed, String explanation) {
}
