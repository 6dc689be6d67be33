package vn.tdkt.reporting.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.reporting.ClusterRanked;
import vn.tdkt.contracts.reporting.ClusterScored;

class ScoreSheetTest {

    static final TieBreakRule RULE = new TieBreakRule("R-GEN-08", "NĐ 152/2025 Điều 4 k6", 0.70, "R-GEN-08",
            "Đồng hạng");
    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    static final List<Criterion> CRITERIA = List.of(
            new Criterion("TASKS", "Nhiệm vụ", 60, CriterionSource.AUTOMATIC, Metric.TASKS_ON_TIME),
            new Criterion("HEAD", "Trưởng khối chấm", 20, CriterionSource.MANUAL, null),
            new Criterion("CROSS", "Chấm chéo", 20, CriterionSource.CROSS, null));

    static ScoreSheet sheet(String... units) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String unit : units) {
            roles.put(unit, roles.isEmpty() ? "TRUONG_KHOI" : "THANH_VIEN");
        }
        return ScoreSheet.open("sh-1", new ScoreSheet.Cluster("c-1", "KHOI", "Khối", "BLOCK", 2026, units[0], roles),
                CRITERIA).aggregate();
    }

    static Map<String, Map<Metric, Evidence>> tasks(Object... unitCountedTotal) {
        Map<String, Map<Metric, Evidence>> found = new LinkedHashMap<>();
        for (int i = 0; i < unitCountedTotal.length; i += 3) {
            found.put((String) unitCountedTotal[i], Map.of(Metric.TASKS_ON_TIME, new Evidence(Metric.TASKS_ON_TIME,
                    (int) unitCountedTotal[i + 1], (int) unitCountedTotal[i + 2], List.of())));
        }
        return found;
    }

    @Test
    void automaticScoresAreTheShareOfEvidenceTimesTheWeightAndOnlyChangesArePublished() {
        ScoreSheet sheet = sheet("A", "B");
        given(sheet)
                .when(s -> s.scoreAutomatically(tasks("A", 3, 4, "B", 0, 0), "head", AT))
                .expectEvents(new ClusterScored("sh-1", "c-1", "KHOI", 2026, "A", 45.0,
                                List.of(new ClusterScored.CriterionScore("TASKS", "Nhiệm vụ", 60, 45.0, "AUTOMATIC"))),
                        new ClusterScored("sh-1", "c-1", "KHOI", 2026, "B", 0.0,
                                List.of(new ClusterScored.CriterionScore("TASKS", "Nhiệm vụ", 60, 0.0, "AUTOMATIC"))));
        given(sheet).when(s -> s.scoreAutomatically(tasks("A", 3, 4, "B", 0, 0), "head", AT)).expectNoEvents();
    }

    @Test
    void manualScoresNeedAJustificationAndStayInRange() {
        given(sheet("A", "B")).when(s -> s.scoreManually("A", "HEAD", 10, " ", "head", AT))
                .expectError("scoring.justification-missing");
        given(sheet("A", "B")).when(s -> s.scoreManually("A", "HEAD", 21, "vì", "head", AT))
                .expectError("scoring.score-out-of-range");
        given(sheet("A", "B")).when(s -> s.scoreManually("A", "TASKS", 10, "vì", "head", AT))
                .expectError("scoring.not-manual");
        given(sheet("A", "B")).when(s -> s.scoreManually("Z", "HEAD", 10, "vì", "head", AT))
                .expectError("scoring.not-member");
    }

    @Test
    void crossScoresAreAveragedAndAScorerCountsOnce() {
        ScoreSheet sheet = sheet("A", "B", "C");
        given(sheet).andGiven(s -> s.crossScore("B", "A", "CROSS", 10, null, "b", AT))
                .andGiven(s -> s.crossScore("C", "A", "CROSS", 16, null, "c", AT))
                .when(s -> s.crossScore("B", "A", "CROSS", 14, "sửa lại", "b", AT))
                .expectState(s -> {
                    MemberSheet a = s.members().get(0);
                    assertThat(a.scores().get("CROSS").score()).isEqualTo(15.0);
                    assertThat(a.scores().get("CROSS").basis()).isEqualTo("2 phiếu");
                    assertThat(a.crossScores()).hasSize(2);
                });
        given(sheet).when(s -> s.crossScore("A", "A", "CROSS", 10, null, "a", AT)).expectError("scoring.cross-self");
    }

    @Test
    void equalTotalsAreSeparatedByTheShareOfWomenAndOtherwiseShareTheRank() {
        // A, B and C total 50; B reaches 70 % women, A and C do not (C entered none); D has 40
        ScoreSheet sheet = sheet("A", "B", "C", "D");
        given(sheet)
                .andGiven(s -> s.scoreManually("A", "HEAD", 20, "x", "h", AT))
                .andGiven(s -> s.scoreManually("B", "HEAD", 20, "x", "h", AT))
                .andGiven(s -> s.scoreManually("C", "HEAD", 20, "x", "h", AT))
                .andGiven(s -> s.scoreManually("D", "HEAD", 10, "x", "h", AT))
                .andGiven(s -> s.scoreAutomatically(tasks("A", 1, 2, "B", 1, 2, "C", 1, 2, "D", 1, 2), "h", AT))
                .andGiven(s -> s.setWomenRatio("A", 0.69, "h"))
                .andGiven(s -> s.setWomenRatio("B", 0.70, "h"))
                .when(s -> s.rank(RULE, "h", AT))
                .expectEvents(new ClusterRanked("sh-1", "c-1", "KHOI", 2026, List.of(
                        new ClusterRanked.Rank("B", 1, 50.0, "R-GEN-08"),
                        new ClusterRanked.Rank("A", 2, 50.0, "Đồng hạng"),
                        new ClusterRanked.Rank("C", 2, 50.0, "Đồng hạng"),
                        new ClusterRanked.Rank("D", 4, 40.0, null)), AT, "h"))
                .expectState(s -> assertThat(s.status()).isEqualTo(ScoreSheet.Status.RANKED));
    }

    @Test
    void criteriaAreTheClustersOwnAndChecked() {
        given(sheet("A", "B"))
                .when(s -> s.setCriteria(List.of(new Criterion("X", "X", 10, CriterionSource.AUTOMATIC, null))))
                .expectError("scoring.metric-mismatch");
        given(sheet("A", "B"))
                .when(s -> s.setCriteria(List.of(new Criterion("X", "X", 0, CriterionSource.MANUAL, null))))
                .expectError("scoring.weight-invalid");
        given(sheet("A", "B")).when(s -> s.setWomenRatio("A", 1.2, "h")).expectError("scoring.women-ratio-invalid");
        given(sheet("A", "B")).when(s -> s.setCriteria(java.util.Arrays.asList(CRITERIA.get(0), null)))
                .expectError("scoring.criterion-invalid");
    }

    @Test
    void criteriaAdoptedAnewDropTheScoresGivenUnderTheirOldTermsAndKeepTheOthers() {
        // the cluster renames TASKS, lowers HEAD from 20 to 10 and CROSS from 20 to 10: 18 and 16 no longer fit
        List<Criterion> adopted = List.of(
                new Criterion("TASKS", "Hoàn thành nhiệm vụ", 60, CriterionSource.AUTOMATIC, Metric.TASKS_ON_TIME),
                new Criterion("HEAD", "Trưởng khối chấm", 10, CriterionSource.MANUAL, null),
                new Criterion("CROSS", "Chấm chéo", 10, CriterionSource.CROSS, null));
        given(sheet("A", "B"))
                .andGiven(s -> s.scoreAutomatically(tasks("A", 3, 4, "B", 0, 0), "h", AT))
                .andGiven(s -> s.scoreManually("A", "HEAD", 18, "x", "h", AT))
                .andGiven(s -> s.crossScore("B", "A", "CROSS", 16, null, "b", AT))
                .when(s -> s.setCriteria(adopted))
                .expectState(s -> {
                    MemberSheet a = s.members().get(0);
                    assertThat(a.scores()).containsOnlyKeys("TASKS");
                    assertThat(a.crossScores()).isEmpty();
                    assertThat(a.total()).isEqualTo(45.0);
                });
    }

    @Test
    void aRankedSheetKeepsItsWomenSharesAsRankedUntilReopened() {
        given(sheet("A", "B")).andGiven(s -> s.rank(RULE, "h", AT))
                .when(s -> s.setWomenRatio("A", 0.5, "h"))
                .expectError("scoring.sheet-ranked");
        given(sheet("A", "B")).andGiven(s -> s.rank(RULE, "h", AT)).andGiven(ScoreSheet::reopen)
                .when(s -> s.setWomenRatio("A", 0.5, "h"))
                .expectState(s -> assertThat(s.members().get(0).womenRatio()).isEqualTo(0.5));
    }
}
