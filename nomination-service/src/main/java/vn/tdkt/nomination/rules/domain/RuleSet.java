package vn.tdkt.nomination.rules.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules in force for decisions taken from {@code effectiveFrom} to {@code effectiveTo}: one regime of the law
 * (NĐ 98/2023, NĐ 152/2025) with the province's parameters.
 *
 * @param province the province profile whose parameters apply ({@code default}: the bundled values)
 */
public record RuleSet(String id, String version, String name, String nameEn, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<String> basis, String province, List<Rule> rules) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        basis = basis == null ? List.of() : List.copyOf(basis);
        rules = List.copyOf(rules);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
