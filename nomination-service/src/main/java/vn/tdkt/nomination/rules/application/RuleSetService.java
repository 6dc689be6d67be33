package vn.tdkt.nomination.rules.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.catalogue.domain.AwardForm;
import vn.tdkt.nomination.catalogue.domain.CatalogueData;
import vn.tdkt.nomination.catalogue.domain.CatalogueVersion;
import vn.tdkt.nomination.rules.domain.CompiledRuleSet;
import vn.tdkt.nomination.rules.domain.ParameterOverrides;
import vn.tdkt.nomination.rules.domain.RuleSet;
import vn.tdkt.nomination.rules.domain.RuleSetData;
import vn.tdkt.nomination.rules.domain.SubjectFacts;
import vn.tdkt.nomination.rules.domain.TieBreak;
import vn.tdkt.platform.domain.DomainException;

/**
 * The rule sets, loaded and compiled once at start-up with the configured province's parameters; a data error
 * stops the service with the file and field named.
 */
@Service
public class RuleSetService {

    /** The tie-break rule (NĐ 152 Điều 4 khoản 6). */
    public static final String TIE_BREAK = "R-GEN-08";

    private final List<CompiledRuleSet> sets;

    public RuleSetService(RulesProperties properties) {
        ParameterOverrides overrides = RuleSetData.provinceProfile(properties.province())
                .then(properties.parameters());
        Set<String> codes = new HashSet<>();
        for (CatalogueVersion version : CatalogueData.bundled().versions()) {
            version.awards().stream().map(AwardForm::code).forEach(codes::add);
        }
        this.sets = RuleSetData.load(RuleSetData.INDEX, overrides, codes).stream()
                .sorted(Comparator.comparing(set -> set.ruleSet().effectiveFrom())).toList();
    }

    /** Oldest first. */
    public List<RuleSet> all() {
        return sets.stream().map(CompiledRuleSet::ruleSet).toList();
    }

    public RuleSet get(String id) {
        return sets.stream().map(CompiledRuleSet::ruleSet).filter(set -> set.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound("rule-set.not-found", id));
    }

    /**
     * The rule set in force on {@code date}.
     *
     * @throws DomainException INVALID {@code rule-set.none-in-force} (before 01/01/2024)
     */
    public CompiledRuleSet inForceOn(LocalDate date) {
        return sets.stream().filter(set -> set.ruleSet().inForceOn(date)).findFirst()
                .orElseThrow(() -> DomainException.invalid("rule-set.none-in-force", date));
    }

    /**
     * The ranking tie-break in force on {@code date} (R-GEN-08): among otherwise equal candidates, women first and
     * collectives with at least the configured share of women first.
     */
    public java.util.Comparator<SubjectFacts> tieBreakOn(LocalDate date) {
        CompiledRuleSet set = inForceOn(date);
        return set.comparator(TIE_BREAK).<java.util.Comparator<SubjectFacts>>map(TieBreak::of).orElse(TieBreak.none());
    }
}
