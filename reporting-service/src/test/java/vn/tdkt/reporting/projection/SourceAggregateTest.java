package vn.tdkt.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.reporting.projection.domain.SourceAggregate;
import vn.tdkt.reporting.projection.domain.TaskState;

class SourceAggregateTest {

    @Test
    void marksAreQualifiedBySourceSoPlanAndTaskSequencesNeverMix() {
        assertThat(SourceAggregate.PLAN.markKey("p-1")).isEqualTo("plan:p-1");
        assertThat(SourceAggregate.TASK.markKey("p-1")).isEqualTo("task:p-1");
    }

    @Test
    void markKeysCannotBeReadAsPathsOrOperators() {
        assertThat(SourceAggregate.TASK.markKey("$a.b")).isEqualTo("task:_a_b");
    }

    @Test
    void taskStatesHaveVietnameseLabelsAndParseOnlyExactNames() {
        assertThat(TaskState.DUE_SOON.label()).isEqualTo("Sắp đến hạn");
        assertThat(TaskState.parse("OVERDUE")).contains(TaskState.OVERDUE);
        assertThat(TaskState.parse("overdue")).isEmpty();
    }
}
