package vn.tdkt.nomination.register.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.dossier.application.DossierService;
import vn.tdkt.nomination.facts.application.SubjectFactsService;
import vn.tdkt.nomination.facts.domain.SubjectRef;
import vn.tdkt.nomination.register.domain.AwardRecord;
import vn.tdkt.nomination.rules.application.EligibilityQuery;
import vn.tdkt.nomination.rules.application.EligibilityReport;
import vn.tdkt.nomination.rules.application.EligibilityService;
import vn.tdkt.nomination.rules.application.RuleResult;
import vn.tdkt.nomination.rules.application.RuleSetService;
import vn.tdkt.nomination.rules.domain.Rule;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import lombok.RequiredArgsConstructor;

/**
 * Which earlier awards of the register an award rests on, asked of the rules engine itself: the criteria that name
 * prior awards ({@code prerequisites}, R-GEN-03) are evaluated on the subject's facts with and without an award, and
 * the award is relied on when a criterion that passed with it fails without it (R-REV-01: "invalidate dependent
 * prerequisite chains"). An alternative path (e.g. two HTXSNV years with innovations instead of two CSTĐCS for a
 * provincial Bằng khen) keeps the award standing, as the law does.
 */
@Component
@RequiredArgsConstructor
public class PrerequisiteAnalysis {

    private static final Locale RECORD_LOCALE = Locale.forLanguageTag("vi");

    private final RegisterService register;
    private final DossierService dossiers;
    private final SubjectFactsService facts;
    private final EligibilityService eligibility;
    private final RuleSetService ruleSets;

    /** The award being judged: decided (or about to be) from a dossier, or imported. */
    public record Judged(String awardId, String dossierId, String awardCode, SubjectType subjectType,
            Optional<SubjectRef> subject, int year, LocalDate decisionDate) {

        static Judged of(AwardRecord award) {
            return new Judged(award.id(), award.dossierId(), award.awardCode(), award.subject().type(),
                    award.subject().ref(), award.year(), award.decision().date());
        }
    }

    /**
     * A later award that loses a prerequisite.
     *
     * @param causedBy    the revoked award whose loss took the prerequisite away
     * @param failedRules the criteria that fail without it, with their explanations (Vietnamese)
     */
    public record Dependent(AwardRecord award, String causedBy, List<RuleResult> failedRules) {
    }

    /** The register awards the award of a dossier relies on, decided on {@code decisionDate}. */
    public List<String> reliedOn(Judged judged) {
        if (judged.subject().isEmpty()) {
            return List.of();
        }
        Set<String> codes = prerequisiteCodes(judged);
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> passing = passingPrerequisiteRules(judged, Set.of());
        if (passing.isEmpty()) {
            return List.of();
        }
        List<String> relied = new ArrayList<>();
        for (AwardRecord candidate : register.ofSubject(judged.subject().get())) {
            if (candidate.active() && !candidate.id().equals(judged.awardId())
                    && codes.contains(candidate.awardCode()) && candidate.year() <= judged.year()
                    && !candidate.decision().date().isAfter(judged.decisionDate())
                    && (judged.dossierId() == null || !judged.dossierId().equals(candidate.dossierId()))) {
                Set<String> without = passingPrerequisiteRules(judged, Set.of(candidate.id()));
                if (!without.containsAll(passing)) {
                    relied.add(candidate.id());
                }
            }
        }
        return List.copyOf(relied);
    }

    /**
     * The active awards of the same subject, decided on or after the revoked one, that lose a prerequisite when
     * {@code revoked} is revoked, and transitively those that lose one when these are (e.g. CSTĐCS → CSTĐ tỉnh →
     * CSTĐTQ), in the order of their decisions.
     */
    public List<Dependent> dependentsOf(AwardRecord revoked) {
        Optional<SubjectRef> subject = revoked.subject().ref();
        if (subject.isEmpty()) {
            return List.of();
        }
        List<AwardRecord> candidates = register.ofSubject(subject.get()).stream()
                .filter(AwardRecord::active)
                .filter(a -> !a.id().equals(revoked.id()))
                .filter(a -> !a.decision().date().isBefore(revoked.decision().date()))
                .sorted(Comparator.comparing((AwardRecord a) -> a.decision().date()).thenComparing(AwardRecord::id))
                .toList();
        Map<String, AwardRecord> gone = new LinkedHashMap<>();
        gone.put(revoked.id(), revoked);
        List<Dependent> dependents = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (AwardRecord candidate : candidates) {
                if (gone.containsKey(candidate.id())) {
                    continue;
                }
                Optional<Dependent> dependent = dependent(candidate, gone);
                if (dependent.isPresent()) {
                    gone.put(candidate.id(), candidate);
                    dependents.add(dependent.get());
                    changed = true;
                }
            }
        }
        return List.copyOf(dependents);
    }

    private Optional<Dependent> dependent(AwardRecord candidate, Map<String, AwardRecord> gone) {
        Judged judged = Judged.of(candidate);
        Set<String> codes = prerequisiteCodes(judged);
        List<AwardRecord> relevant = gone.values().stream().filter(g -> codes.contains(g.awardCode())).toList();
        if (relevant.isEmpty()) {
            return Optional.empty();
        }
        EligibilityReport before = evaluate(judged, Set.of());
        Set<String> passing = passingPrerequisiteIds(before, judged);
        EligibilityReport after = evaluate(judged, gone.keySet());
        List<RuleResult> failed = after.results().stream()
                .filter(r -> passing.contains(r.ruleId()) && !r.passed()).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        Set<String> failedCodes = failed.stream().flatMap(r -> rule(judged, r.ruleId()).stream())
                .flatMap(rule -> rule.prerequisites().stream()).collect(Collectors.toSet());
        String causedBy = relevant.stream().filter(g -> failedCodes.contains(g.awardCode()))
                .sorted(Comparator.comparing((AwardRecord g) -> !candidate.reliedOn().contains(g.id())))
                .map(AwardRecord::id).findFirst().orElse(relevant.get(0).id());
        return Optional.of(new Dependent(candidate, causedBy, failed));
    }

    /** Prior-award codes the criteria of this award name (R-GEN-03 lists them per rule). */
    private Set<String> prerequisiteCodes(Judged judged) {
        return prerequisiteRules(judged).stream().flatMap(rule -> rule.prerequisites().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<Rule> prerequisiteRules(Judged judged) {
        return ruleSets.inForceOn(judged.decisionDate()).ruleSet().rules().stream()
                .filter(rule -> !rule.prerequisites().isEmpty())
                .filter(rule -> rule.inForceOn(judged.decisionDate()))
                .filter(rule -> rule.appliesTo(judged.awardCode(), judged.subjectType(),
                        vn.tdkt.nomination.catalogue.domain.CommendationType.PERIODIC))
                .toList();
    }

    private Optional<Rule> rule(Judged judged, String ruleId) {
        return ruleSets.inForceOn(judged.decisionDate()).ruleSet().rule(ruleId);
    }

    private Set<String> passingPrerequisiteRules(Judged judged, Set<String> treatAsRevoked) {
        return passingPrerequisiteIds(evaluate(judged, treatAsRevoked), judged);
    }

    private Set<String> passingPrerequisiteIds(EligibilityReport report, Judged judged) {
        Set<String> ids = prerequisiteRules(judged).stream().map(Rule::id).collect(Collectors.toSet());
        return report.results().stream().filter(r -> ids.contains(r.ruleId()) && r.passed()).map(RuleResult::ruleId)
                .collect(Collectors.toSet());
    }

    private EligibilityReport evaluate(Judged judged, Set<String> treatAsRevoked) {
        Set<String> excluded = new LinkedHashSet<>(treatAsRevoked);
        SubjectFacts subjectFacts;
        if (judged.dossierId() != null && dossiers.find(judged.dossierId()).isPresent()) {
            subjectFacts = dossiers.subjectFacts(judged.dossierId(), judged.decisionDate(), excluded);
        } else {
            if (judged.awardId() != null) {
                excluded.add(judged.awardId()); // an imported award is not its own prerequisite
            }
            subjectFacts = facts.factsFor(judged.subject().orElseThrow(), judged.year(), judged.decisionDate(), null,
                    List.of(), excluded);
        }
        return eligibility.check(new EligibilityQuery(judged.awardCode(), judged.subjectType(), judged.year(),
                judged.decisionDate(), subjectFacts, null), RECORD_LOCALE);
    }
}
