package vn.tdkt.reporting.scoring.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One member unit's part of a score sheet: its scores per criterion, cross-scores received, women ratio. */
public final class MemberSheet {

    private String unitCode;
    private String role;
    private Double womenRatio;
    private String womenRatioBy;
    private Map<String, CriterionScore> scores = new LinkedHashMap<>();
    private List<CrossScore> crossScores = new ArrayList<>();

    private MemberSheet() {
    }

    static MemberSheet of(String unitCode, String role) {
        MemberSheet member = new MemberSheet();
        member.unitCode = unitCode;
        member.role = role;
        return member;
    }

    void score(CriterionScore score) {
        scores.put(score.code(), score);
    }

    void dropScoresOutside(List<String> codes) {
        scores.keySet().retainAll(codes);
        crossScores.removeIf(cross -> !codes.contains(cross.criterionCode()));
    }

    void receiveCross(CrossScore cross) {
        crossScores.removeIf(existing -> existing.fromUnit().equals(cross.fromUnit())
                && existing.criterionCode().equals(cross.criterionCode()));
        crossScores.add(cross);
    }

    void womenRatio(double ratio, String by) {
        womenRatio = ratio;
        womenRatioBy = by;
    }

    /** The sum of the scored criteria (unscored count 0), rounded to hundredths as the minutes show it. */
    public double total() {
        double sum = scores.values().stream().filter(s -> s.score() != null).mapToDouble(CriterionScore::score).sum();
        return ScoreSheet.round(sum);
    }

    public String unitCode() { return unitCode; }
    public String role() { return role; }
    public Double womenRatio() { return womenRatio; }
    public String womenRatioBy() { return womenRatioBy; }
    public Map<String, CriterionScore> scores() { return Map.copyOf(scores); }
    public List<CrossScore> crossScores() { return List.copyOf(crossScores); }
}
