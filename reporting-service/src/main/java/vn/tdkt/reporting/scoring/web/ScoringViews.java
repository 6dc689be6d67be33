package vn.tdkt.reporting.scoring.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tdkt.reporting.scoring.domain.Criterion;
import vn.tdkt.reporting.scoring.domain.CriterionScore;
import vn.tdkt.reporting.scoring.domain.CrossScore;
import vn.tdkt.reporting.scoring.domain.MemberSheet;
import vn.tdkt.reporting.scoring.domain.Rank;
import vn.tdkt.reporting.scoring.domain.ScoreSheet;

/** Response bodies of the scoring resources; unit names come from the unit registry read model. */
final class ScoringViews {

    private ScoringViews() {
    }

    record MemberView(String unitCode, String unitName, String role, Double womenRatio, double total,
            Map<String, CriterionScore> scores, List<CrossScore> crossScores) {
    }

    record SheetView(String id, String clusterId, String clusterCode, String clusterName, String clusterType, int year,
            String headUnit, ScoreSheet.Status status, String statusLabel, List<Criterion> criteria,
            List<MemberView> members, List<RankView> ranks, Instant rankedAt, String rankedBy) {

        static Function<ScoreSheet, SheetView> of(Function<String, String> unitNames) {
            return sheet -> new SheetView(sheet.id(), sheet.clusterId(), sheet.clusterCode(), sheet.clusterName(),
                    sheet.clusterType(), sheet.year(), sheet.headUnit(), sheet.status(), sheet.status().label(),
                    sheet.criteria(),
                    sheet.members().stream().map(m -> member(m, unitNames)).toList(),
                    sheet.ranks().stream().map(r -> RankView.of(r, unitNames)).toList(), sheet.rankedAt(),
                    sheet.rankedBy());
        }

        private static MemberView member(MemberSheet m, Function<String, String> unitNames) {
            return new MemberView(m.unitCode(), unitNames.apply(m.unitCode()), m.role(), m.womenRatio(), m.total(),
                    m.scores(), m.crossScores());
        }
    }

    record RankView(String unitCode, String unitName, int rank, double total, String tieBreak) {
        static RankView of(Rank rank, Function<String, String> unitNames) {
            return new RankView(rank.unitCode(), unitNames.apply(rank.unitCode()), rank.rank(), rank.total(),
                    rank.tieBreak());
        }
    }

    /**
     * A cluster's last ranking. {@code status} {@code OPEN} means the sheet was reopened for corrections: the ranks
     * shown are the last ones published, and the next ranking replaces them.
     */
    record RankingView(String sheetId, String clusterId, String clusterCode, String clusterName, String clusterType,
            int year, ScoreSheet.Status status, String statusLabel, Instant rankedAt, List<RankView> ranks) {
        static RankingView of(ScoreSheet sheet, Function<String, String> unitNames) {
            return new RankingView(sheet.id(), sheet.clusterId(), sheet.clusterCode(), sheet.clusterName(),
                    sheet.clusterType(), sheet.year(), sheet.status(), sheet.status().label(), sheet.rankedAt(),
                    sheet.ranks().stream().map(r -> RankView.of(r, unitNames)).toList());
        }
    }
}
