package vn.tdkt.reporting.scoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.contracts.reporting.ClusterRanked;
import vn.tdkt.contracts.reporting.ClusterScored;
import vn.tdkt.contracts.reporting.ScoreSheetEvent;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * The score sheet (bảng chấm điểm) of one cụm/khối thi đua for one year: the aggregate behind
 * {@code cluster-scored} and {@code cluster-ranked} (keyed by the sheet id).
 *
 * <p>Criteria are the cluster's own (each cluster adopts its regulation; a default comes from data). Scores come from
 * evidence (automatic: share of tasks done on time, of reports on time and complete, of movements registered — each
 * score keeps the facts behind it), from the cluster head (manual, with a justification) and from the other members
 * (cross-scores, averaged). Every command that moves a member's total publishes {@code cluster-scored} for that member;
 * ranking publishes {@code cluster-ranked}, ties broken by R-GEN-08 (women's share of the collective).
 */
public final class ScoreSheet {

    @RequiredArgsConstructor
    public enum Status {
        OPEN("Đang chấm điểm"),
        RANKED("Đã xếp hạng");

        @Getter
        private final String label;
    }

    /** The cluster as {@code cluster-formed} described it. */
    public record Cluster(String clusterId, String code, String name, String type, int year, String headUnit,
            Map<String, String> memberRoles) {
    }

    private String id;
    private String clusterId;
    private String clusterCode;
    private String clusterName;
    private String clusterType;
    private int year;
    private String headUnit;
    private List<Criterion> criteria = new ArrayList<>();
    private List<MemberSheet> members = new ArrayList<>();
    private Status status = Status.OPEN;
    private List<Rank> ranks = new ArrayList<>();
    private Instant rankedAt;
    private String rankedBy;
    private Map<String, String> published = new HashMap<>();

    private ScoreSheet() {
    }

    public static Created<ScoreSheet, ScoreSheetEvent> open(String id, Cluster cluster, List<Criterion> criteria) {
        if (cluster.memberRoles().size() < 2) {
            throw DomainException.invalid("scoring.cluster-too-small", cluster.code());
        }
        ScoreSheet sheet = new ScoreSheet();
        sheet.id = id;
        sheet.clusterId = cluster.clusterId();
        sheet.clusterCode = cluster.code();
        sheet.clusterName = cluster.name();
        sheet.clusterType = cluster.type();
        sheet.year = cluster.year();
        sheet.headUnit = cluster.headUnit();
        cluster.memberRoles().forEach((unit, role) -> sheet.members.add(MemberSheet.of(unit, role)));
        sheet.criteria = validate(criteria);
        return new Created<>(sheet, List.of());
    }

    private static List<Criterion> validate(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw DomainException.invalid("scoring.criteria-missing");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (criterion == null) {
                throw DomainException.invalid("scoring.criterion-invalid", "");
            }
            if (criterion.code() == null || criterion.code().isBlank() || criterion.title() == null
                    || criterion.title().isBlank() || criterion.source() == null) {
                throw DomainException.invalid("scoring.criterion-invalid", criterion.code());
            }
            if (!codes.add(criterion.code())) {
                throw DomainException.invalid("scoring.criterion-duplicate", criterion.code());
            }
            if (!(criterion.weight() > 0) || criterion.weight() > 1000) {
                throw DomainException.invalid("scoring.weight-invalid", criterion.code(), criterion.weight());
            }
            if ((criterion.source() == CriterionSource.AUTOMATIC) != (criterion.metric() != null)) {
                throw DomainException.invalid("scoring.metric-mismatch", criterion.code());
            }
        }
        return List.copyOf(criteria);
    }

    /**
     * The cluster adopts its own criteria. A score stays only where its criterion stays as it was (a new title is
     * fine): one given under another weight, source or metric measured something else, and a score of 14 under a
     * new weight of 10 would count more than the criterion allows. What is dropped is scored again.
     */
    public List<ScoreSheetEvent> setCriteria(List<Criterion> newCriteria) {
        requireOpen();
        List<Criterion> adopted = validate(newCriteria);
        Map<String, Criterion> before = new HashMap<>();
        criteria.forEach(criterion -> before.put(criterion.code(), criterion));
        List<String> kept = adopted.stream().filter(criterion -> scoresTheSame(before.get(criterion.code()), criterion))
                .map(Criterion::code).toList();
        criteria = adopted;
        members.forEach(member -> member.dropScoresOutside(kept));
        members.forEach(member -> criteria.stream().filter(c -> c.source() == CriterionSource.CROSS)
                .forEach(c -> averageCross(member, c)));
        return changedScores();
    }

    private static boolean scoresTheSame(Criterion before, Criterion after) {
        return before != null && before.weight() == after.weight() && before.source() == after.source()
                && before.metric() == after.metric();
    }

    /** Scores every automatic criterion of every member from the evidence found for it. */
    public List<ScoreSheetEvent> scoreAutomatically(Map<String, Map<Metric, Evidence>> evidence, String by,
            Instant at) {
        requireOpen();
        for (MemberSheet member : members) {
            Map<Metric, Evidence> found = evidence.getOrDefault(member.unitCode(), Map.of());
            for (Criterion criterion : criteria) {
                if (criterion.source() != CriterionSource.AUTOMATIC) {
                    continue;
                }
                Evidence facts = found.get(criterion.metric());
                Double ratio = facts == null ? null : facts.ratio();
                // nothing to measure (no task due, no report asked) scores nothing rather than a guess
                Double score = ratio == null ? 0.0 : round(criterion.weight() * ratio);
                String basis = facts == null || facts.total() == 0 ? "0/0" : facts.counted() + "/" + facts.total();
                member.score(new CriterionScore(criterion.code(), score, CriterionSource.AUTOMATIC, basis, null, by,
                        at, facts == null ? List.of() : facts.links()));
            }
        }
        return changedScores();
    }

    /** The cluster head's score of a member on a manual criterion, with a justification. */
    public List<ScoreSheetEvent> scoreManually(String unitCode, String criterionCode, double score,
            String justification, String by, Instant at) {
        requireOpen();
        Criterion criterion = criterion(criterionCode);
        if (criterion.source() != CriterionSource.MANUAL) {
            throw DomainException.invalid("scoring.not-manual", criterionCode, criterion.source().label());
        }
        if (justification == null || justification.isBlank()) {
            throw DomainException.invalid("scoring.justification-missing");
        }
        requireInRange(criterion, score);
        member(unitCode).score(new CriterionScore(criterionCode, round(score), CriterionSource.MANUAL, null,
                justification.trim(), by, at, List.of()));
        return changedScores();
    }

    /** One member scores another on a cross-scored criterion; the criterion's score is the mean of those given. */
    public List<ScoreSheetEvent> crossScore(String fromUnit, String toUnit, String criterionCode, double score,
            String justification, String by, Instant at) {
        requireOpen();
        Criterion criterion = criterion(criterionCode);
        if (criterion.source() != CriterionSource.CROSS) {
            throw DomainException.invalid("scoring.not-cross", criterionCode, criterion.source().label());
        }
        if (fromUnit.equals(toUnit)) {
            throw DomainException.invalid("scoring.cross-self");
        }
        member(fromUnit);
        requireInRange(criterion, score);
        MemberSheet target = member(toUnit);
        target.receiveCross(new CrossScore(fromUnit, toUnit, criterionCode, round(score),
                justification == null ? null : justification.trim(), by, at));
        averageCross(target, criterion);
        return changedScores();
    }

    private void averageCross(MemberSheet member, Criterion criterion) {
        List<CrossScore> given = member.crossScores().stream()
                .filter(cross -> cross.criterionCode().equals(criterion.code())).toList();
        if (given.isEmpty()) {
            return;
        }
        double mean = given.stream().mapToDouble(CrossScore::score).average().orElse(0);
        Instant last = given.stream().map(CrossScore::scoredAt).max(Comparator.naturalOrder()).orElse(null);
        member.score(new CriterionScore(criterion.code(), round(mean), CriterionSource.CROSS,
                given.size() + " phiếu", null, null, last, List.of()));
    }

    /** The share of women in the member collective (0–1), entered by the cluster head for R-GEN-08. */
    public List<ScoreSheetEvent> setWomenRatio(String unitCode, double ratio, String by) {
        // it decides ties (R-GEN-08): changed after the ranking, it would contradict the ranks shown
        requireOpen();
        if (!(ratio >= 0) || ratio > 1) {
            throw DomainException.invalid("scoring.women-ratio-invalid", ratio);
        }
        member(unitCode).womenRatio(ratio, by);
        return List.of();
    }

    /**
     * Ranks the members by total, highest first. Equal totals are separated by R-GEN-08: collectives whose share of
     * women reaches the threshold come first (a member whose share is not entered does not reach it). Members still
     * equal share the rank (competition ranking: 1, 1, 3), with the rule's "unresolved" label: the cluster decides
     * between them by its own vote.
     */
    public List<ScoreSheetEvent> rank(TieBreakRule rule, String by, Instant at) {
        Map<Double, List<MemberSheet>> byTotal = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparingDouble(MemberSheet::total).reversed()
                        .thenComparing(MemberSheet::unitCode))
                .forEach(member -> byTotal.computeIfAbsent(member.total(), t -> new ArrayList<>()).add(member));
        List<Rank> result = new ArrayList<>();
        int ahead = 0;
        for (List<MemberSheet> tied : byTotal.values()) {
            if (tied.size() == 1) {
                result.add(new Rank(tied.get(0).unitCode(), ahead + 1, tied.get(0).total(), null));
                ahead++;
                continue;
            }
            List<MemberSheet> preferred = tied.stream().filter(m -> reaches(m, rule)).toList();
            List<MemberSheet> others = tied.stream().filter(m -> !reaches(m, rule)).toList();
            boolean decided = !preferred.isEmpty() && !others.isEmpty();
            for (List<MemberSheet> group : List.of(preferred, others)) {
                if (group.isEmpty()) {
                    continue;
                }
                boolean stillTied = group.size() > 1;
                for (MemberSheet member : group) {
                    String note = stillTied ? rule.unresolvedLabel()
                            : decided && group == preferred ? rule.label() : null;
                    result.add(new Rank(member.unitCode(), ahead + 1, member.total(), note));
                }
                ahead += group.size();
            }
        }
        ranks = result;
        status = Status.RANKED;
        rankedAt = at;
        rankedBy = by;
        return List.of(new ClusterRanked(id, clusterId, clusterCode, year,
                ranks.stream().map(r -> new ClusterRanked.Rank(r.unitCode(), r.rank(), r.total(), r.tieBreak()))
                        .toList(),
                at, by));
    }

    /** Scores may change again after a ranking (a correction); the next ranking replaces the previous one. */
    public List<ScoreSheetEvent> reopen() {
        if (status != Status.RANKED) {
            throw DomainException.conflict("scoring.not-ranked", id);
        }
        status = Status.OPEN;
        return List.of();
    }

    private static boolean reaches(MemberSheet member, TieBreakRule rule) {
        return member.womenRatio() != null && member.womenRatio() >= rule.womenRatioThreshold();
    }

    /** {@code cluster-scored} for each member whose total or criterion scores changed since last published. */
    private List<ScoreSheetEvent> changedScores() {
        List<ScoreSheetEvent> events = new ArrayList<>();
        for (MemberSheet member : members) {
            List<ClusterScored.CriterionScore> lines = new ArrayList<>();
            for (Criterion criterion : criteria) {
                CriterionScore score = member.scores().get(criterion.code());
                if (score != null && score.score() != null) {
                    lines.add(new ClusterScored.CriterionScore(criterion.code(), criterion.title(), criterion.weight(),
                            score.score(), score.source().name()));
                }
            }
            String signature = member.total() + "|" + lines;
            if (lines.isEmpty() || signature.equals(published.get(member.unitCode()))) {
                continue;
            }
            published.put(member.unitCode(), signature);
            events.add(new ClusterScored(id, clusterId, clusterCode, year, member.unitCode(), member.total(), lines));
        }
        return events;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw DomainException.conflict("scoring.sheet-ranked", id);
        }
    }

    private static void requireInRange(Criterion criterion, double score) {
        if (!(score >= 0) || score > criterion.weight()) {
            throw DomainException.invalid("scoring.score-out-of-range", score, criterion.code(), criterion.weight());
        }
    }

    private Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.invalid("scoring.criterion-unknown", code));
    }

    private MemberSheet member(String unitCode) {
        return members.stream().filter(m -> m.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> DomainException.invalid("scoring.not-member", unitCode));
    }

    public boolean hasMember(String unitCode) {
        return members.stream().anyMatch(m -> m.unitCode().equals(unitCode));
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    public String id() { return id; }
    public String clusterId() { return clusterId; }
    public String clusterCode() { return clusterCode; }
    public String clusterName() { return clusterName; }
    public String clusterType() { return clusterType; }
    public int year() { return year; }
    public String headUnit() { return headUnit; }
    public List<Criterion> criteria() { return List.copyOf(criteria); }
    public List<MemberSheet> members() { return List.copyOf(members); }
    public Status status() { return status; }
    public List<Rank> ranks() { return List.copyOf(ranks); }
    public Instant rankedAt() { return rankedAt; }
    public String rankedBy() { return rankedBy; }
}
