package vn.tdkt.reporting.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsDomainTest {

    @Test
    void medianAndNinetiethPercentileByNearestRank() {
        Stats stats = Stats.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
        assertThat(stats.median()).isEqualTo(5.5);
        assertThat(stats.p90()).isEqualTo(9.0);
        assertThat(Stats.of(List.of(4.0, 1.0, 30.0)).median()).isEqualTo(4.0);
        assertThat(Stats.of(List.of(4.0, 1.0, 30.0)).p90()).isEqualTo(30.0);
        assertThat(Stats.of(List.of()).count()).isZero();
    }

    @Test
    void theBottleneckIsTheDossierStepWithTheLongestMedian() {
        List<Sample> samples = List.of(
                new Sample(Step.SUBMITTED_TO_APPRAISED, "A", "BK_TINH", 4),
                new Sample(Step.SUBMITTED_TO_APPRAISED, "B", "BK_TINH", 6),
                new Sample(Step.APPRAISED_TO_VOTED, "A", "BK_TINH", 20),
                new Sample(Step.VOTED_TO_DECIDED, "A", "CO_TINH", 5),
                new Sample(Step.TASK_ASSIGNED_TO_DONE, "A", null, 90));

        ProcessMetrics.Result result = ProcessMetrics.compute(samples);

        assertThat(result.bottleneck().step()).as("tasks are not on the dossier path").isEqualTo(Step.APPRAISED_TO_VOTED);
        assertThat(result.bottleneck().share()).isEqualTo(0.67);
        ProcessMetrics.StepMetrics first = result.steps().get(0);
        assertThat(first.overall().median()).isEqualTo(5.0);
        assertThat(first.byUnit()).extracting(ProcessMetrics.Group::key).containsExactly("B", "A");
        assertThat(first.byForm()).extracting(ProcessMetrics.Group::key).containsExactly("BK_TINH");
    }

    @Test
    void lateRiskIsTheSmoothedShareOfLateDeadlines() {
        assertThat(LateRisk.of("A", 0, 0, 0.25, 0.5).score()).isEqualTo(0.5);
        assertThat(LateRisk.of("A", 1, 1, 0.25, 0.5).score()).isEqualTo(0.67);
        assertThat(LateRisk.of("A", 0, 20, 0.25, 0.5).score()).isEqualTo(0.05);
        assertThat(LateRisk.of("A", 0, 20, 0.25, 0.5).level()).isEqualTo(LateRisk.Level.LOW);
        assertThat(LateRisk.of("A", 3, 10, 0.25, 0.5).level()).isEqualTo(LateRisk.Level.MEDIUM);
        assertThat(LateRisk.of("A", 6, 10, 0.25, 0.5).level()).isEqualTo(LateRisk.Level.HIGH);
    }
}
