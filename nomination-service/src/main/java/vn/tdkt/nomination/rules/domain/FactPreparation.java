package vn.tdkt.nomination.rules.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.AwardKind;
import vn.tdkt.nomination.catalogue.domain.CommendationType;
import vn.tdkt.nomination.catalogue.domain.DocumentKind;
import vn.tdkt.nomination.catalogue.domain.RequiredDocument;
import vn.tdkt.nomination.vocabulary.domain.Labelled;
import vn.tdkt.nomination.vocabulary.domain.VietnameseDates;

/**
 * Turns a subject's and a dossier's facts into the values CEL conditions read (maps, lists, ISO date text, longs),
 * applying the preparation steps the rule set switches on (R-GEN-02, -04, -06, -07, -09, R-CH-02). Each step reports
 * what it changed, so its rule can explain it.
 */
public final class FactPreparation {

    private static final long OPEN_END_YEAR = 9999;

    private final Proposal proposal;
    private final AwardForm award;
    private final AwardCatalogue catalogue;
    private final SubjectFacts facts;
    private final DossierFacts dossier;
    private final Locale locale;
    private final Map<PreparationStep, Rule> steps = new EnumMap<>(PreparationStep.class);
    private final Map<String, StepResult> results = new LinkedHashMap<>();

    private FactPreparation(Proposal proposal, AwardForm award, AwardCatalogue catalogue, SubjectFacts facts,
            DossierFacts dossier, List<Rule> preparations, Locale locale) {
        this.proposal = proposal;
        this.award = award;
        this.catalogue = catalogue;
        this.facts = facts;
        this.dossier = dossier;
        this.locale = locale;
        preparations.forEach(rule -> steps.put(rule.step(), rule));
    }

    /** The prepared values and what each step did, by rule id. */
    public record Prepared(Map<String, Object> activation, Map<String, StepResult> steps) {
    }

    /**
     * @param preparations the PREPARATION rules that apply to this proposal; their steps run
     */
    public static Prepared prepare(Proposal proposal, AwardForm award, AwardCatalogue catalogue, SubjectFacts facts,
            DossierFacts dossier, List<Rule> preparations, Locale locale) {
        return new FactPreparation(proposal, award, catalogue, facts, dossier, preparations, locale).run();
    }

    private Prepared run() {
        Map<String, Object> activation = new LinkedHashMap<>();
        activation.put(CelExpressions.PROPOSAL, proposalMap());
        activation.put(CelExpressions.AWARD, awardMap());
        activation.put(CelExpressions.FACTS, factsMap());
        activation.put(CelExpressions.DOSSIER, dossier == null ? Map.of() : dossierMap());
        activation.put(CelExpressions.HAS_DOSSIER, dossier != null);
        activation.put(CelExpressions.LANG, Rule.language(locale));
        return new Prepared(activation, Map.copyOf(results));
    }

    // ------------------------------------------------------------------------------------------------- proposal

    private Map<String, Object> proposalMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("awardCode", proposal.awardCode());
        map.put("subjectType", proposal.subjectType().name());
        map.put("year", (long) proposal.year());
        map.put("decisionDate", proposal.decisionDate().toString());
        map.put("decisionDay", proposal.decisionDate().toEpochDay());
        map.put("type", proposal.type().name());
        return map;
    }

    private Map<String, Object> awardMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", award.code());
        map.put("name", english() ? award.nameEn() : award.name());
        map.put("kind", award.kind().name());
        map.put("decidingLevel", award.decisionLevel().name());
        List<Object> documents = new ArrayList<>();
        for (RequiredDocument document : award.requiredDocuments()) {
            if (document.appliesTo(proposal.type())) {
                Map<String, Object> d = new LinkedHashMap<>();
                List<DocumentKind> kinds = document.anyOf().stream().sorted().toList();
                d.put("anyOf", kinds.stream().map(Enum::name).toList());
                d.put("rule", document.rule());
                d.put("label", kinds.stream().map(this::label)
                        .collect(Collectors.joining(english() ? " or " : " hoặc ")));
                documents.add(d);
            }
        }
        map.put("documents", documents);
        return map;
    }

    // ---------------------------------------------------------------------------------------------------- facts

    private Map<String, Object> factsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        int windowStartYear = disciplineWindow();
        ratings(map, windowStartYear);
        prior(map, windowStartYear);
        innovations(map, windowStartYear);
        map.put("awards", facts.awards().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("awardCode", a.awardCode());
            m.put("year", (long) a.year());
            m.put("type", a.type().name());
            m.put("declared", a.declared());
            return (Object) m;
        }).toList());
        map.put("holds", facts.holds().stream().map(this::hold).toList());
        map.put("disciplines", facts.disciplines().stream().map(this::discipline).toList());
        Map<String, Object> ranks = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            ranks.put(grade.name(), (long) grade.rank());
        }
        map.put("gradeRanks", ranks);
        putPart(map, "collective", facts.collective(), this::collective);
        putPart(map, "cluster", facts.cluster(), this::cluster);
        putPart(map, "unit", facts.unit(), this::unit);
        putPart(map, "service", facts.service(), this::service);
        putPart(map, "profile", facts.profile(), this::profile);
        putPart(map, "contribution", facts.contribution(), this::contribution);
        return map;
    }

    /**
     * R-GEN-06: the first year whose achievements count, after the latest discipline begun by the decision date
     * (a discipline still running, or without an end, keeps every year out). {@code Integer.MIN_VALUE} when the step
     * is off or nothing limits it.
     */
    private int disciplineWindow() {
        Rule rule = steps.get(PreparationStep.DISCIPLINE_WINDOW);
        if (rule == null) {
            return Integer.MIN_VALUE;
        }
        LocalDate start = null;
        for (SubjectFacts.Discipline d : facts.disciplines()) {
            if (d.from().isAfter(proposal.decisionDate())) {
                continue;
            }
            LocalDate end = d.to() == null ? LocalDate.MAX : d.to();
            if (start == null || end.isAfter(start)) {
                start = end;
            }
        }
        if (start == null) {
            results.put(rule.id(), StepResult.UNCHANGED);
            return Integer.MIN_VALUE;
        }
        int startYear = start.equals(LocalDate.MAX) ? Integer.MAX_VALUE : start.getYear();
        TreeSet<Integer> dropped = new TreeSet<>();
        facts.ratings().stream().map(SubjectFacts.Rating::year).filter(y -> y < startYear).forEach(dropped::add);
        facts.awards().stream().map(SubjectFacts.PriorAward::year).filter(y -> y < startYear).forEach(dropped::add);
        facts.innovations().stream().map(SubjectFacts.Innovation::year).filter(y -> y < startYear)
                .forEach(dropped::add);
        results.put(rule.id(), new StepResult(!dropped.isEmpty(), Map.of(
                "windowStart", start.equals(LocalDate.MAX)
                        ? (english() ? "the end of a discipline not yet ended" : "khi hết kỷ luật (chưa có ngày kết thúc)")
                        : display(start),
                "dropped", dropped.stream().map(String::valueOf).toList())));
        return startYear;
    }

    private void ratings(Map<String, Object> map, int windowStartYear) {
        TreeMap<Integer, Grade> byYear = new TreeMap<>();
        facts.ratings().stream().filter(r -> r.year() >= windowStartYear)
                .forEach(r -> byYear.put(r.year(), r.grade()));
        List<Object> list = new ArrayList<>();
        Map<Long, Object> grade = new LinkedHashMap<>();
        Map<Long, Object> rank = new LinkedHashMap<>();
        Map<Long, Object> label = new LinkedHashMap<>();
        byYear.forEach((year, g) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", (long) year);
            m.put("grade", g.name());
            m.put("rank", (long) g.rank());
            list.add(m);
            grade.put((long) year, g.name());
            rank.put((long) year, (long) g.rank());
            label.put((long) year, label(g));
        });
        map.put("ratings", list);
        map.put("grade", grade);
        map.put("gradeRank", rank);
        map.put("gradeLabel", label);
    }

    /** Prior awards that count as prerequisites, as years by award code (every catalogue code present). */
    private void prior(Map<String, Object> map, int windowStartYear) {
        Rule rule = steps.get(PreparationStep.NON_PERIODIC_NOT_PREREQUISITE);
        Map<String, TreeSet<Long>> years = new TreeMap<>();
        catalogue.all().forEach(form -> years.put(form.code(), new TreeSet<>()));
        List<String> excluded = new ArrayList<>();
        for (SubjectFacts.PriorAward a : facts.awards()) {
            if (a.year() < windowStartYear) {
                continue;
            }
            if (rule != null && (a.type() == CommendationType.THEMATIC || a.type() == CommendationType.AD_HOC)) {
                excluded.add(a.awardCode() + " " + a.year() + " (" + label(a.type()) + ")");
                continue;
            }
            years.computeIfAbsent(a.awardCode(), code -> new TreeSet<>()).add((long) a.year());
        }
        if (rule != null) {
            results.put(rule.id(), new StepResult(!excluded.isEmpty(), Map.of("excluded", excluded)));
        }
        Map<String, Object> prior = new LinkedHashMap<>();
        years.forEach((code, set) -> prior.put(code, List.copyOf(set)));
        map.put("prior", prior);
    }

    /** Counted innovations, and those whose earlier use the R-GEN-02 policy allows again. */
    private void innovations(Map<String, Object> map, int windowStartYear) {
        Rule rule = steps.get(PreparationStep.INNOVATION_USED_ONCE);
        List<Object> counted = new ArrayList<>();
        List<Object> reusable = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (SubjectFacts.Innovation i : facts.innovations()) {
            if (i.year() < windowStartYear) {
                continue;
            }
            boolean used = i.usedFor() != null;
            if (used && rule != null) {
                if (!reuseAllowed(rule, i)) {
                    excluded.add(label(i));
                    continue;
                }
                reusable.add(i.id());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            putIfPresent(m, "id", i.id());
            m.put("year", (long) i.year());
            m.put("level", i.level().name());
            m.put("rank", (long) i.level().rank());
            m.put("kind", i.kind().name());
            m.put("used", used);
            counted.add(m);
        }
        if (rule != null) {
            results.put(rule.id(), new StepResult(!excluded.isEmpty(), Map.of("excluded", excluded)));
        }
        map.put("innovations", counted);
        map.put("reusableInnovationIds", reusable);
    }

    private boolean reuseAllowed(Rule rule, SubjectFacts.Innovation innovation) {
        AwardKind usedFor = innovation.usedForAward() == null ? null
                : catalogue.find(innovation.usedForAward()).map(AwardForm::kind).orElse(null);
        if (usedFor == null) {
            return false;
        }
        boolean titleThenTitle = usedFor == AwardKind.EMULATION_TITLE && award.kind() == AwardKind.EMULATION_TITLE;
        if (titleThenTitle) {
            return Boolean.TRUE.equals(rule.parameters().get("allowReuseForLaterTitle"));
        }
        if (usedFor != award.kind()) {
            return !Boolean.TRUE.equals(rule.parameters().get("forbidReuseBetweenTitleAndForm"));
        }
        return false;
    }

    private Map<String, Object> hold(SubjectFacts.Hold h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", h.kind().name());
        m.put("label", label(h.kind()));
        m.put("since", h.since().toString());
        m.put("sinceText", (english() ? "since " : "từ ") + display(h.since()));
        putIfPresent(m, "until", h.until() == null ? null : h.until().toString());
        m.put("active", h.activeOn(proposal.decisionDate()));
        return m;
    }

    private Map<String, Object> discipline(SubjectFacts.Discipline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", d.level().name());
        m.put("rank", (long) d.level().rank());
        m.put("label", label(d.level()));
        m.put("from", d.from().toString());
        m.put("fromText", display(d.from()));
        m.put("fromYear", (long) d.from().getYear());
        putIfPresent(m, "to", d.to() == null ? null : d.to().toString());
        m.put("toYear", d.to() == null ? OPEN_END_YEAR : (long) d.to().getYear());
        return m;
    }

    private void collective(SubjectFacts.Collective c, Map<String, Object> m) {
        putLong(m, "members", c.members());
        putLong(m, "membersLdtt", c.membersLdtt());
        putLong(m, "membersCstdcs", c.membersCstdcs());
        putLong(m, "membersDisciplinedWarningOrAbove", c.membersDisciplinedWarningOrAbove());
        putLong(m, "membersFemale", c.membersFemale());
        if (c.lowestMemberGrade() != null) {
            m.put("lowestMemberGrade", c.lowestMemberGrade().name());
            m.put("lowestMemberRank", (long) c.lowestMemberGrade().rank());
            m.put("lowestMemberLabel", label(c.lowestMemberGrade()));
        }
        if (c.members() != null && c.members() > 0 && c.membersLdtt() != null) {
            m.put("ldttShare", c.membersLdtt() / (double) c.members());
        }
        if (c.members() != null && c.members() > 0 && c.membersFemale() != null) {
            m.put("femaleShare", c.membersFemale() / (double) c.members());
        }
    }

    private void cluster(SubjectFacts.Cluster c, Map<String, Object> m) {
        putIfPresent(m, "code", c.code());
        m.put("year", (long) c.year());
        m.put("rank", (long) c.rank());
        putIfPresent(m, "qualitativeCriteriaConfirmed", c.qualitativeCriteriaConfirmed());
    }

    private void unit(SubjectFacts.Unit u, Map<String, Object> m) {
        putIfPresent(m, "code", u.code());
        m.put("dissolved", u.dissolved());
        putIfPresent(m, "kind", u.kind());
    }

    /** R-GEN-07: maternity leave is working time, so it leaves the leave count. */
    private void service(SubjectFacts.Service s, Map<String, Object> m) {
        putLong(m, "monthsWorked", s.monthsWorked());
        putLong(m, "leaveWorkingDays", s.leaveWorkingDays());
        putLong(m, "maternityLeaveWorkingDays", s.maternityLeaveWorkingDays());
        if (s.leaveWorkingDays() != null) {
            long counted = s.leaveWorkingDays();
            Rule rule = steps.get(PreparationStep.MATERNITY_LEAVE_COUNTS);
            if (rule != null) {
                int maternity = s.maternityLeaveWorkingDays() == null ? 0 : s.maternityLeaveWorkingDays();
                counted = Math.max(0, counted - maternity);
                results.put(rule.id(), new StepResult(maternity > 0, Map.of("maternity", (long) maternity)));
            }
            m.put("countedLeaveDays", counted);
        }
    }

    private void profile(SubjectFacts.Profile p, Map<String, Object> m) {
        putIfPresent(m, "female", p.female());
        putIfPresent(m, "leader", p.leader());
        putIfPresent(m, "provinciallyManagedCadre", p.provinciallyManagedCadre());
        putIfPresent(m, "higherRetirementAge", p.higherRetirementAge());
    }

    /** R-CH-02 tenure aggregation and R-GEN-09 reduced requirement. */
    private void contribution(SubjectFacts.Contribution c, Map<String, Object> m) {
        putIfPresent(m, "retirementNoticeDate", c.retirementNoticeDate() == null ? null
                : c.retirementNoticeDate().toString());
        putIfPresent(m, "steppedDownDate", c.steppedDownDate() == null ? null : c.steppedDownDate().toString());
        List<SubjectFacts.Post> leadership = c.posts().stream().filter(SubjectFacts.Post::leadership).toList();
        if (!leadership.isEmpty()) {
            m.put("leadershipFrom", leadership.stream().map(SubjectFacts.Post::from).min(Comparator.naturalOrder())
                    .orElseThrow().toString());
            m.put("leadershipTo", leadership.stream().map(this::countedEnd).max(Comparator.naturalOrder())
                    .orElseThrow().toString());
        }
        int level = c.requiredPostLevel() != null ? c.requiredPostLevel()
                : c.posts().stream().mapToInt(SubjectFacts.Post::level).min().orElse(0);
        Rule aggregation = steps.get(PreparationStep.TENURE_AGGREGATION);
        long days = aggregation != null ? aggregatedDays(c.posts(), level) : daysAtLevel(c.posts(), level);
        double tenure = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(365.25), 2, RoundingMode.HALF_UP)
                .doubleValue();
        m.put("tenureYears", tenure);
        Map<String, Object> aggregationOutputs = new LinkedHashMap<>();
        aggregationOutputs.put("tenure", tenure);
        aggregationOutputs.put("level", (long) level);
        if (c.standardTenureYears() != null) {
            BigDecimal required = c.standardTenureYears();
            Rule women = steps.get(PreparationStep.FEMALE_LEADER_TENURE);
            SubjectFacts.Profile p = facts.profile();
            if (women != null) {
                boolean reduced = p != null && Boolean.TRUE.equals(p.female()) && Boolean.TRUE.equals(p.leader())
                        && !Boolean.TRUE.equals(p.higherRetirementAge());
                if (reduced) {
                    required = required.multiply(BigDecimal.valueOf(number(women, "numerator")))
                            .divide(BigDecimal.valueOf(number(women, "denominator")), 2, RoundingMode.HALF_UP);
                }
                results.put(women.id(), new StepResult(reduced, Map.of("required", required.doubleValue(),
                        "standard", c.standardTenureYears().doubleValue())));
            }
            m.put("standardTenureYears", c.standardTenureYears().doubleValue());
            m.put("requiredYears", required.doubleValue());
            aggregationOutputs.put("required", required.doubleValue());
        }
        if (aggregation != null) {
            results.put(aggregation.id(), new StepResult(c.posts().size() > 1, aggregationOutputs));
        }
    }

    /** Days at {@code level} or above, counting overlapping (concurrent) posts once, up to the decision date. */
    private long aggregatedDays(List<SubjectFacts.Post> posts, int level) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        for (SubjectFacts.Post post : posts) {
            bounds.add(post.from());
            bounds.add(countedEnd(post).plusDays(1));
        }
        long days = 0;
        LocalDate previous = null;
        for (LocalDate bound : bounds) {
            if (previous != null) {
                LocalDate start = previous;
                boolean covered = posts.stream().anyMatch(p -> p.level() >= level && !p.from().isAfter(start)
                        && !countedEnd(p).isBefore(start));
                if (covered) {
                    days += ChronoUnit.DAYS.between(start, bound);
                }
            }
            previous = bound;
        }
        return days;
    }

    /** Without R-CH-02: only the posts at exactly {@code level}, each counted on its own. */
    private long daysAtLevel(List<SubjectFacts.Post> posts, int level) {
        return posts.stream().filter(p -> p.level() == level)
                .mapToLong(p -> Math.max(0, ChronoUnit.DAYS.between(p.from(), endOf(p).plusDays(1)))).sum();
    }

    /** The post's end as held (open posts end on the decision date). */
    private LocalDate endOf(SubjectFacts.Post post) {
        LocalDate end = post.to() == null || post.to().isAfter(proposal.decisionDate()) ? proposal.decisionDate()
                : post.to();
        return end.isBefore(post.from()) ? post.from() : end;
    }

    /** R-CH-02: a post lost through reorganisation counts until the end of its original term. */
    private LocalDate countedEnd(SubjectFacts.Post post) {
        LocalDate end = endOf(post);
        if (steps.containsKey(PreparationStep.TENURE_AGGREGATION) && post.originalTermEnd() != null
                && post.originalTermEnd().isAfter(end)) {
            return post.originalTermEnd();
        }
        return end;
    }

    // -------------------------------------------------------------------------------------------------- dossier

    private Map<String, Object> dossierMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", dossier.documents().stream().sorted().map(Enum::name).toList());
        m.put("minutesCarryVoteResults", dossier.minutesCarryVoteResults());
        if (dossier.submissionDate() != null) {
            m.put("submissionDate", dossier.submissionDate().toString());
            m.put("submissionDay", dossier.submissionDate().toEpochDay());
        }
        if (dossier.quota() != null) {
            m.put("quota", Map.of("limit", (long) dossier.quota().limit(), "used", (long) dossier.quota().used()));
        }
        if (dossier.window() != null && dossier.window().opens() != null && dossier.window().closes() != null) {
            m.put("window", Map.of("opens", dossier.window().opens().toString(),
                    "closes", dossier.window().closes().toString()));
        }
        if (dossier.deadline() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("educationSector", dossier.deadline().educationSector());
            if (dossier.deadline().eventDate() != null) {
                d.put("eventDate", dossier.deadline().eventDate().toString());
                d.put("eventDay", dossier.deadline().eventDate().toEpochDay());
            }
            m.put("deadline", d);
        }
        DossierFacts.Duplicates dup = dossier.duplicates();
        m.put("duplicates", Map.of("sameAchievement", dup.sameAchievement(),
                "samePersonAwardYear", dup.samePersonAwardYear(),
                "innovationsAlreadyUsed", dup.innovationsAlreadyUsed()));
        if (dossier.authority() != null) {
            m.put("authority", dossier.authority().name());
            m.put("authorityLabel", label(dossier.authority()));
        }
        m.put("electronicFormats", dossier.electronicFormats().stream().sorted().map(Enum::name).toList());
        m.put("stateSecret", dossier.stateSecret());
        if (dossier.unitTitleCounts() != null) {
            m.put("unitTitleCounts", Map.of("ldtt", (long) dossier.unitTitleCounts().ldtt(),
                    "cstdcs", (long) dossier.unitTitleCounts().cstdcs()));
        }
        if (dossier.clusterPathQuota() != null) {
            m.put("clusterPathQuota", Map.of("leaders", (long) dossier.clusterPathQuota().leaders(),
                    "proposals", (long) dossier.clusterPathQuota().proposals()));
        }
        if (dossier.complianceListsReceived() != null) {
            m.put("complianceListsReceived", dossier.complianceListsReceived().stream().sorted().toList());
        }
        m.put("justificationProvided", dossier.justificationProvided());
        return m;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private boolean english() {
        return "en".equals(Rule.language(locale));
    }

    /** A term's label in the explanation's language. */
    private String label(Labelled term) {
        return english() ? term.labelEn() : term.label();
    }

    private String label(SubjectFacts.Innovation i) {
        return (i.id() == null ? "?" : i.id()) + " " + i.year();
    }

    private static String display(LocalDate date) {
        return VietnameseDates.DAY.format(date);
    }

    private static long number(Rule rule, String name) {
        Object value = rule.parameters().get(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException(rule.id() + " needs a number parameter " + name);
        }
        return n.longValue();
    }

    private static void putLong(Map<String, Object> map, String key, Integer value) {
        if (value != null) {
            map.put(key, (long) value);
        }
    }

    /** An optional part of the facts as its own map under {@code key}; a part left unknown is left out. */
    private static <T> void putPart(Map<String, Object> map, String key, T part,
            BiConsumer<T, Map<String, Object>> describe) {
        if (part != null) {
            Map<String, Object> described = new LinkedHashMap<>();
            describe.accept(part, described);
            map.put(key, described);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
