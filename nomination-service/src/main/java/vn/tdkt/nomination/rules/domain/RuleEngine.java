package vn.tdkt.nomination.rules.domain;

import dev.cel.runtime.CelEvaluationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.lawdata.PlainTree;

/**
 * Evaluates a rule set for one proposal: picks the rules that apply (in force on the decision date, for this award,
 * subject type and proposal type; dossier rules only with a dossier), prepares the facts with the preparation steps
 * of those rules, then evaluates each rule's {@code when} and {@code condition} and renders its explanation.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /** Every evaluated rule's verdict, preparation rules first, in rule-set order. */
    public static List<RuleVerdict> evaluate(CompiledRuleSet set, Proposal proposal, AwardForm award,
            AwardCatalogue catalogue, SubjectFacts facts, DossierFacts dossier, Locale locale) {
        List<CompiledRule> applicable = set.rules().stream()
                .filter(c -> c.rule().inForceOn(proposal.decisionDate()))
                .filter(c -> c.rule().appliesTo(proposal.awardCode(), proposal.subjectType(), proposal.type()))
                .filter(c -> c.rule().scope() == RuleScope.SUBJECT || dossier != null)
                .toList();
        List<Rule> preparations = applicable.stream().map(CompiledRule::rule)
                .filter(rule -> rule.kind() == RuleKind.PREPARATION).toList();
        FactPreparation.Prepared prepared = FactPreparation.prepare(proposal, award, catalogue,
                facts == null ? SubjectFacts.empty() : facts, dossier, preparations, locale);
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (CompiledRule compiled : applicable) {
            RuleVerdict verdict = evaluate(compiled, prepared, proposal, award, locale);
            if (verdict != null) {
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    /** {@code null} when the rule's {@code when} says it does not apply. */
    private static RuleVerdict evaluate(CompiledRule compiled, FactPreparation.Prepared prepared, Proposal proposal,
            AwardForm award, Locale locale) {
        Rule rule = compiled.rule();
        Map<String, Object> activation = new HashMap<>(prepared.activation());
        Map<String, Object> params = celValues(rule.parameters());
        activation.put(CelExpressions.PARAMS, params);
        try {
            if (compiled.when() != null && !bool(compiled.when().evaluate(activation), rule, "when")) {
                return null;
            }
            boolean passed = compiled.condition() == null
                    || bool(compiled.condition().evaluate(activation), rule, "condition");
            StepResult step = prepared.steps().getOrDefault(rule.id(), StepResult.UNCHANGED);
            String template = !passed ? rule.explanationIn(locale) : step.changed() ? rule.effectIn(locale) : null;
            String explanation = template == null ? null
                    : ExplanationTemplate.render(template, values(compiled, activation, step, proposal, award, locale),
                            params, locale);
            return new RuleVerdict(rule, passed, explanation, null);
        } catch (CelEvaluationException | IllegalStateException e) {
            return new RuleVerdict(rule, false, null, e.getMessage());
        }
    }

    private static Map<String, Object> values(CompiledRule compiled, Map<String, Object> activation, StepResult step,
            Proposal proposal, AwardForm award, Locale locale) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("award", "en".equals(Rule.language(locale)) ? award.nameEn() : award.name());
        values.put("year", String.valueOf(proposal.year()));
        values.put("decisionDate", proposal.decisionDate().toString());
        values.putAll(step.outputs());
        compiled.details().forEach((name, expression) -> {
            try {
                values.put(name, expression.evaluate(activation));
            } catch (CelEvaluationException e) {
                values.put(name, null);
            }
        });
        return values;
    }

    private static boolean bool(Object value, Rule rule, String field) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException(rule.id() + "." + field + " gave " + value + ", not true or false");
    }

    /** Parameter values as CEL sees them: whole numbers as long, decimals as double. */
    static Map<String, Object> celValues(Map<String, Object> values) {
        Map<String, Object> converted = new LinkedHashMap<>();
        values.forEach((key, value) -> converted.put(key, celValue(value)));
        return converted;
    }

    private static Object celValue(Object value) {
        return PlainTree.mapLeaves(value, RuleEngine::celLeaf);
    }

    private static Object celLeaf(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
    }
}
