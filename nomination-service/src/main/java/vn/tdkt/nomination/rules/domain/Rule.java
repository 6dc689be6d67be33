package vn.tdkt.nomination.rules.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;

/**
 * One rule of a rule set, as the data file states it (see {@code rules/README.md}).
 *
 * @param awards        award codes it applies to; empty: every award
 * @param subjectTypes  subject types it applies to; empty: all
 * @param types         proposal types it applies to; empty: all
 * @param prerequisites prior awards its condition may require (R-GEN-03)
 * @param parameters    province-configurable values, after overrides
 * @param explanation   failure templates by language ({@code vi}, {@code en})
 * @param effect        for a PREPARATION rule, templates saying what it changed
 * @param details       named CEL expressions filled into the templates
 */
public record Rule(String id, RuleKind kind, RuleScope scope, String citation, String confidence,
        LocalDate effectiveFrom, LocalDate effectiveTo, Set<String> awards, Set<SubjectType> subjectTypes,
        Set<CommendationType> types, Set<String> prerequisites, PreparationStep step, String when, String condition,
        Map<String, Object> parameters, Map<String, String> explanation, Map<String, String> effect,
        Map<String, String> details, String note) {

    /** DOMAIN §0.1 confidence tags. */
    public static final Set<String> CONFIDENCE_TAGS = Set.of("V", "V-sec", "V-prov", "V-old", "K", "I");

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        scope = scope == null ? RuleScope.SUBJECT : scope;
        awards = awards == null ? Set.of() : Set.copyOf(awards);
        subjectTypes = subjectTypes == null ? Set.of() : Set.copyOf(subjectTypes);
        types = types == null ? Set.of() : Set.copyOf(types);
        prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(parameters));
        explanation = explanation == null ? Map.of() : Map.copyOf(explanation);
        effect = effect == null ? Map.of() : Map.copyOf(effect);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Whether the rule is evaluated per subject or dossier (CHECK and PREPARATION). */
    public boolean evaluated() {
        return kind == RuleKind.CHECK || kind == RuleKind.PREPARATION;
    }

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether the rule concerns this award, subject type and proposal type. */
    public boolean appliesTo(String awardCode, SubjectType subjectType, CommendationType type) {
        return (awards.isEmpty() || awards.contains(awardCode))
                && (subjectTypes.isEmpty() || subjectTypes.contains(subjectType))
                && (types.isEmpty() || types.contains(type));
    }

    /** The failure template in {@code locale}'s language, Vietnamese when there is none. */
    public String explanationIn(Locale locale) {
        return pick(explanation, locale);
    }

    public String effectIn(Locale locale) {
        return pick(effect, locale);
    }

    public Rule withParameters(Map<String, Object> values) {
        return new Rule(id, kind, scope, citation, confidence, effectiveFrom, effectiveTo, awards, subjectTypes, types,
                prerequisites, step, when, condition, values, explanation, effect, details, note);
    }

    public Rule withDates(LocalDate from, LocalDate to) {
        return new Rule(id, kind, scope, citation, confidence, from, to, awards, subjectTypes, types, prerequisites,
                step, when, condition, parameters, explanation, effect, details, note);
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    private static String pick(Map<String, String> templates, Locale locale) {
        String text = templates.get(language(locale));
        return text != null ? text : templates.get("vi");
    }

    /** The prerequisites as a list, for views. */
    public List<String> prerequisiteList() {
        return prerequisites.stream().sorted().toList();
    }
}
