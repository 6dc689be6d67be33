package vn.tdkt.nomination.rules.domain;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * R-GEN-08, NĐ 152/2025 Điều 4 khoản 6: when candidates are otherwise equal, prefer women, and collectives whose
 * members are at least {@code collectiveFemaleShare} women (70 %). Sorts preferred candidates first; it never
 * decides eligibility. Combine it after the real ranking: {@code byScore.thenComparing(tieBreak)}.
 */
public final class TieBreak implements Comparator<SubjectFacts> {

    private final double collectiveFemaleShare;
    private final Rule rule;

    private TieBreak(double collectiveFemaleShare, Rule rule) {
        this.collectiveFemaleShare = collectiveFemaleShare;
        this.rule = rule;
    }

    /** The comparator a rule set's COMPARATOR entry describes, with its parameter. */
    public static TieBreak of(Rule rule) {
        Object share = rule.parameters().get("collectiveFemaleShare");
        if (!(share instanceof Number number)) {
            throw new IllegalArgumentException(rule.id() + " needs a number parameter collectiveFemaleShare");
        }
        return new TieBreak(number.doubleValue(), rule);
    }

    /** No preference (a rule set without the tie-break). */
    public static Comparator<SubjectFacts> none() {
        return (a, b) -> 0;
    }

    /** The rule this comparator encodes, with its citation. */
    public Rule rule() {
        return rule;
    }

    @Override
    public int compare(SubjectFacts a, SubjectFacts b) {
        return Boolean.compare(preferred(b), preferred(a));
    }

    boolean preferred(SubjectFacts facts) {
        if (facts.profile() != null && Boolean.TRUE.equals(facts.profile().female())) {
            return true;
        }
        SubjectFacts.Collective c = facts.collective();
        // exact decimal arithmetic: 0.7 × 10 in binary floating point is a hair above 7
        return c != null && c.members() != null && c.members() > 0 && c.membersFemale() != null
                && BigDecimal.valueOf(c.membersFemale()).compareTo(
                        BigDecimal.valueOf(collectiveFemaleShare).multiply(BigDecimal.valueOf(c.members()))) >= 0;
    }
}
