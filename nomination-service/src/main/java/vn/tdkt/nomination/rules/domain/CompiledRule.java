package vn.tdkt.nomination.rules.domain;

import java.util.Map;

/** A rule with its CEL expressions compiled ({@code null} where the rule has none). */
public record CompiledRule(Rule rule, CelExpressions.Compiled when, CelExpressions.Compiled condition,
        Map<String, CelExpressions.Compiled> details) {

    public CompiledRule {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
