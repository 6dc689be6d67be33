package vn.tdkt.nomination.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.lawdata.LawDataException;
import vn.tdkt.nomination.lawdata.YamlNode;

/**
 * Reads the rule sets ({@code rules/index.yaml} and the files it lists, their {@code include}s) and a province's
 * parameter profile ({@code rules/provinces/<name>.yaml}), applies the parameter overrides, checks the data
 * (ids, award codes, confidence tags, templates, R-GEN-03) and compiles every CEL expression. Anything wrong stops
 * loading with the file and field named.
 */
public final class RuleSetData {

    public static final String INDEX = "rules/index.yaml";
    public static final String PROVINCES = "rules/provinces/";
    /** The principle checked on the data itself (NĐ 152 Điều 4 khoản 1). */
    public static final String NO_LOWER_FORM_REQUIRED = "R-GEN-03";

    private static final Pattern PRIOR_BY_NAME = Pattern.compile("facts\\.prior\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern PRIOR_BY_KEY = Pattern.compile("facts\\.prior\\s*\\[\\s*['\"]([A-Za-z0-9_]+)['\"]\\s*\\]");
    private static final Pattern ANY_PRIOR = Pattern.compile("facts\\.prior\\b");
    private static final Pattern RAW_AWARDS = Pattern.compile("facts\\.awards\\b");

    private RuleSetData() {
    }

    /** The profile file of {@code province}, or no overrides for {@code default}. */
    public static ParameterOverrides provinceProfile(String province) {
        if (province == null || province.isBlank() || "default".equals(province)) {
            return ParameterOverrides.NONE;
        }
        YamlNode file = YamlNode.classpath(PROVINCES + province + ".yaml");
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        YamlNode parameters = file.get("parameters");
        for (String ruleId : parameters.keys()) {
            values.put(ruleId, parameters.get(ruleId).plainMap());
        }
        return new ParameterOverrides(province, values);
    }

    /**
     * Loads every rule set of {@code indexResource}.
     *
     * @param knownAwards award codes of the catalogue; a rule naming another code is refused
     */
    public static List<CompiledRuleSet> load(String indexResource, ParameterOverrides overrides,
            Set<String> knownAwards) {
        YamlNode index = YamlNode.classpath(indexResource);
        String folder = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        List<CompiledRuleSet> sets = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (YamlNode file : index.list("ruleSets")) {
            CompiledRuleSet set = loadSet(folder, YamlNode.classpath(folder + file.asString()), overrides,
                    knownAwards);
            set.ruleSet().rules().forEach(rule -> ruleIds.add(rule.id()));
            sets.add(set);
        }
        for (String ruleId : overrides.values().keySet()) {
            if (!ruleIds.contains(ruleId)) {
                throw new LawDataException("parameters of province '" + overrides.province() + "': no rule set has "
                        + "rule " + ruleId);
            }
        }
        checkNoOverlap(sets);
        return sets;
    }

    private static CompiledRuleSet loadSet(String folder, YamlNode file, ParameterOverrides overrides,
            Set<String> knownAwards) {
        LocalDate from = file.requiredDate("effectiveFrom");
        LocalDate to = file.date("effectiveTo");
        List<Rule> rules = new ArrayList<>();
        List<YamlNode> entries = new ArrayList<>();
        for (YamlNode include : file.list("include")) {
            entries.addAll(YamlNode.classpath(folder + include.asString()).list("rules"));
        }
        entries.addAll(file.list("rules"));
        Set<String> ids = new HashSet<>();
        List<CompiledRule> compiled = new ArrayList<>();
        for (YamlNode entry : entries) {
            Rule rule = rule(entry, from, to, knownAwards);
            if (!ids.add(rule.id())) {
                throw entry.get("id").error("duplicates rule " + rule.id() + " in rule set " + file.path());
            }
            rule = rule.withParameters(overridden(rule, overrides, entry));
            rules.add(rule);
            if (rule.evaluated()) {
                compiled.add(compile(rule, entry));
            }
        }
        RuleSet set = new RuleSet(file.requiredString("id"), file.requiredString("version"),
                file.requiredString("name"), file.string("nameEn"), from, to, file.strings("basis"),
                overrides.province(), rules);
        if (set.rule(NO_LOWER_FORM_REQUIRED).filter(rule -> rule.kind() == RuleKind.PRINCIPLE).isPresent()) {
            checkNoLowerFormRequired(file, set);
        }
        return new CompiledRuleSet(set, order(compiled));
    }

    /**
     * Results read in the order of DOMAIN §10 (general rules, titles, forms, dossiers, deadlines, authority), then by
     * number. Evaluation does not depend on it: every preparation step runs before any condition.
     */
    static List<CompiledRule> order(List<CompiledRule> rules) {
        return rules.stream().sorted(java.util.Comparator
                .comparingInt((CompiledRule r) -> familyRank(r.rule().id()))
                .thenComparingInt(r -> number(r.rule().id()))
                .thenComparing(r -> r.rule().id())).toList();
    }

    private static final List<String> FAMILIES = List.of("R-GEN-", "R-LDTT-", "R-CSCS-", "R-CSTT-", "R-CSTQ-",
            "R-TTTT-", "R-TTXS-", "R-COT-", "R-COCP-", "R-BKT-", "R-BKTTG-", "R-HCLD3-", "R-CH-", "R-DOS-", "R-DL-",
            "R-AUTH-");

    private static int familyRank(String id) {
        int best = FAMILIES.size();
        int bestLength = -1;
        for (int i = 0; i < FAMILIES.size(); i++) {
            String family = FAMILIES.get(i);
            if (id.startsWith(family) && family.length() > bestLength) {
                best = i;
                bestLength = family.length();
            }
        }
        return best;
    }

    private static int number(String id) {
        Matcher matcher = Pattern.compile("(\\d+)$").matcher(id);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    static Rule rule(YamlNode entry, LocalDate setFrom, LocalDate setTo, Set<String> knownAwards) {
        String id = entry.requiredString("id");
        RuleKind kind = entry.enumValue("kind", RuleKind.class);
        if (kind == null) {
            throw entry.get("kind").error("is required");
        }
        String confidence = entry.requiredString("confidence");
        if (!Rule.CONFIDENCE_TAGS.contains(confidence)) {
            throw entry.get("confidence").error("must be one of " + Rule.CONFIDENCE_TAGS);
        }
        Set<String> awards = new HashSet<>(entry.strings("awards"));
        Set<String> prerequisites = new HashSet<>(entry.strings("prerequisites"));
        for (String code : union(awards, prerequisites)) {
            if (!knownAwards.contains(code)) {
                throw entry.error("names award code " + code + ", which no catalogue version has");
            }
        }
        Rule rule = new Rule(id, kind, entry.enumValue("scope", RuleScope.class), entry.requiredString("citation"),
                confidence, orDefault(entry.date("effectiveFrom"), setFrom),
                entry.has("effectiveTo") ? entry.date("effectiveTo") : setTo, awards,
                entry.enumSet("subjectTypes", SubjectType.class), entry.enumSet("types", CommendationType.class),
                prerequisites, entry.enumValue("step", PreparationStep.class), entry.string("when"),
                entry.string("condition"), entry.get("parameters").plainMap(), templates(entry.get("explanation")),
                templates(entry.get("effect")), stringMap(entry.get("details")), entry.string("note"));
        requireShape(entry, rule);
        return rule;
    }

    private static void requireShape(YamlNode entry, Rule rule) {
        switch (rule.kind()) {
            case CHECK -> {
                if (rule.condition() == null) {
                    throw entry.get("condition").error("is required for a CHECK");
                }
                requireBothLanguages(entry, "explanation", rule.explanation());
            }
            case PREPARATION -> {
                if (rule.step() == null) {
                    throw entry.get("step").error("is required for a PREPARATION");
                }
                requireBothLanguages(entry, "effect", rule.effect());
                if (rule.condition() != null) {
                    requireBothLanguages(entry, "explanation", rule.explanation());
                }
            }
            case PRINCIPLE, COMPARATOR -> {
                if (rule.condition() != null) {
                    throw entry.get("condition").error("is not evaluated for a " + rule.kind());
                }
            }
        }
    }

    private static void requireBothLanguages(YamlNode entry, String field, Map<String, String> templates) {
        for (String language : List.of("vi", "en")) {
            if (templates.get(language) == null || templates.get(language).isBlank()) {
                throw entry.get(field).get(language).error("is required");
            }
        }
    }

    private static CompiledRule compile(Rule rule, YamlNode entry) {
        Map<String, CelExpressions.Compiled> details = new LinkedHashMap<>();
        rule.details().forEach((name, expression) -> details.put(name,
                compile(expression, entry.get("details").get(name))));
        return new CompiledRule(rule, rule.when() == null ? null : compile(rule.when(), entry.get("when")),
                rule.condition() == null ? null : compile(rule.condition(), entry.get("condition")), details);
    }

    private static CelExpressions.Compiled compile(String expression, YamlNode where) {
        try {
            return CelExpressions.compile(expression);
        } catch (IllegalArgumentException e) {
            throw where.error("is not valid CEL: " + e.getMessage());
        }
    }

    /**
     * R-GEN-03: "a lower form is not required before a higher one". A condition may read a prior award only through
     * {@code facts.prior.<CODE>}, and only a code its entry lists under {@code prerequisites} (a criterion of the law
     * that names it); reading {@code facts.awards} directly, or {@code facts.prior} by a computed key, is refused.
     */
    static void checkNoLowerFormRequired(YamlNode file, RuleSet set) {
        for (Rule rule : set.rules()) {
            List<String> expressions = new ArrayList<>();
            if (rule.condition() != null) {
                expressions.add(rule.condition());
            }
            if (rule.when() != null) {
                expressions.add(rule.when());
            }
            for (String expression : expressions) {
                String rest = expression;
                for (Pattern pattern : List.of(PRIOR_BY_NAME, PRIOR_BY_KEY)) {
                    Matcher matcher = pattern.matcher(rest);
                    while (matcher.find()) {
                        if (!rule.prerequisites().contains(matcher.group(1))) {
                            throw file.error("rules " + rule.id() + ": requires prior award " + matcher.group(1)
                                    + " without listing it under prerequisites; " + NO_LOWER_FORM_REQUIRED
                                    + " (NĐ 152/2025 Điều 4 khoản 1): a lower form is not required unless a "
                                    + "criterion names it");
                        }
                    }
                    rest = matcher.replaceAll("");
                }
                if (ANY_PRIOR.matcher(rest).find() || RAW_AWARDS.matcher(expression).find()) {
                    throw file.error("rules " + rule.id() + ": reads prior awards other than through "
                            + "facts.prior.<CODE>; " + NO_LOWER_FORM_REQUIRED + " cannot be checked");
                }
            }
        }
    }

    private static Map<String, Object> overridden(Rule rule, ParameterOverrides overrides, YamlNode entry) {
        Map<String, Object> given = overrides.values().get(rule.id());
        if (given == null || given.isEmpty()) {
            return rule.parameters();
        }
        Map<String, Object> values = new LinkedHashMap<>(rule.parameters());
        given.forEach((name, value) -> {
            if (!values.containsKey(name)) {
                throw new LawDataException("parameters of province '" + overrides.province() + "': rule "
                        + rule.id() + " has no parameter '" + name + "' (it has " + values.keySet() + ")");
            }
            values.put(name, converted(values.get(name), value, overrides.province(), rule.id(), name));
        });
        return values;
    }

    /** {@code value} in the type of the bundled {@code original}; text from configuration is parsed. */
    static Object converted(Object original, Object value, String province, String ruleId, String name) {
        String where = "parameters of province '" + province + "': " + ruleId + "." + name;
        try {
            if (original instanceof Boolean) {
                if (value instanceof Boolean b) {
                    return b;
                }
                String text = String.valueOf(value).strip();
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return Boolean.valueOf(text);
            }
            if (original instanceof Integer || original instanceof Long) {
                BigDecimal number = new BigDecimal(String.valueOf(value).strip());
                return number.intValueExact();
            }
            if (original instanceof Number) {
                return new BigDecimal(String.valueOf(value).strip()).doubleValue();
            }
            if (original instanceof List<?>) {
                if (value instanceof List<?> list) {
                    return list.stream().map(String::valueOf).toList();
                }
                return List.of(String.valueOf(value).split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList();
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new IllegalArgumentException("expected text");
            }
            return String.valueOf(value);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new LawDataException(where + ": '" + value + "' does not fit the bundled value '" + original
                    + "' (" + e.getMessage() + ")");
        }
    }

    private static void checkNoOverlap(List<CompiledRuleSet> sets) {
        List<RuleSet> sorted = sets.stream().map(CompiledRuleSet::ruleSet)
                .sorted(java.util.Comparator.comparing(RuleSet::effectiveFrom)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            RuleSet earlier = sorted.get(i - 1);
            RuleSet later = sorted.get(i);
            if (earlier.effectiveTo() == null || !earlier.effectiveTo().isBefore(later.effectiveFrom())) {
                throw new LawDataException("rule sets " + earlier.id() + " and " + later.id() + " overlap");
            }
        }
    }

    private static Map<String, String> templates(YamlNode node) {
        return stringMap(node);
    }

    private static Map<String, String> stringMap(YamlNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!node.isNull()) {
            for (String key : node.keys()) {
                map.put(key, node.string(key));
            }
        }
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
