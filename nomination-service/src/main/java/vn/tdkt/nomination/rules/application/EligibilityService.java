package vn.tdkt.nomination.rules.application;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.catalogue.application.CatalogueService;
import vn.tdkt.nomination.catalogue.domain.AwardCatalogue;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.rules.domain.CompiledRuleSet;
import vn.tdkt.nomination.rules.domain.Proposal;
import vn.tdkt.nomination.rules.domain.RuleEngine;
import vn.tdkt.nomination.rules.domain.RuleSet;
import vn.tdkt.nomination.rules.domain.RuleVerdict;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * Judges a subject (and, for a real dossier, the dossier) against the rule set in force on the decision date, with
 * the award as the catalogue version in force that day describes it. Stateless: the what-if check and dossier
 * appraisal call the same method.
 */
@Service
@RequiredArgsConstructor
public class EligibilityService {

    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2100;

    private final CatalogueService catalogues;
    private final RuleSetService ruleSets;
    private final MessageSource messages;

    /**
     * @param locale the language of the explanations (Vietnamese unless English is asked for)
     * @throws DomainException INVALID naming the field when the query is malformed: a missing award code, subject
     *         type or decision date, a year out of range, an award code the catalogue in force does not have, or a
     *         subject type the award is not for
     */
    public EligibilityReport check(EligibilityQuery query, Locale locale) {
        if (query.awardCode() == null || query.awardCode().isBlank()) {
            throw DomainException.invalid("eligibility.field-required", "awardCode");
        }
        if (query.subjectType() == null) {
            throw DomainException.invalid("eligibility.field-required", "subjectType");
        }
        if (query.decisionDate() == null) {
            throw DomainException.invalid("eligibility.field-required", "decisionDate");
        }
        if (query.year() < MIN_YEAR || query.year() > MAX_YEAR) {
            throw DomainException.invalid("eligibility.year-out-of-range", "year", query.year(), MIN_YEAR, MAX_YEAR);
        }
        AwardCatalogue catalogue = catalogues.inForceOn(query.decisionDate());
        AwardForm award = catalogue.find(query.awardCode()).orElseThrow(() -> DomainException.invalid(
                "eligibility.award-unknown", "awardCode", query.awardCode(), query.decisionDate(),
                catalogue.all().stream().map(AwardForm::code).collect(Collectors.joining(", "))));
        if (!award.appliesTo(query.subjectType())) {
            throw DomainException.invalid("eligibility.subject-type-not-allowed", "subjectType",
                    query.subjectType(), award.code(), award.subjectTypes().stream().map(SubjectType::name)
                            .sorted().collect(Collectors.joining(", ")));
        }
        CompiledRuleSet compiled = ruleSets.inForceOn(query.decisionDate());
        List<RuleVerdict> verdicts = RuleEngine.evaluate(compiled,
                new Proposal(award.code(), query.subjectType(), query.year(), query.decisionDate(), query.type()),
                award, catalogue, query.facts(), query.dossier(), locale);
        List<RuleResult> results = verdicts.stream().map(verdict -> result(verdict, locale)).toList();
        RuleSet set = compiled.ruleSet();
        return new EligibilityReport(results.stream().allMatch(RuleResult::passed),
                new RuleSetRef(set.id(), set.version(), set.effectiveFrom()), results);
    }

    private RuleResult result(RuleVerdict verdict, Locale locale) {
        String explanation = verdict.evaluationError() == null ? verdict.explanation()
                : messages.getMessage("rules.evaluation-error",
                        new Object[] {verdict.rule().id(), verdict.evaluationError()}, locale);
        return new RuleResult(verdict.rule().id(), verdict.rule().citation(), verdict.passed(), explanation);
    }
}
