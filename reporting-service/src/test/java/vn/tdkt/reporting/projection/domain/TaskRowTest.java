package vn.tdkt.reporting.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.plan.PlanPublished;
import vn.tdkt.reporting.support.Events;

/** A task's state is derived from its three sources, whatever order their events arrive in. */
class TaskRowTest {

    @Test
    void theTaskItselfWinsOverThePlanAndAReminderCountsOnlyForTheCurrentDueDate() {
        TaskRow row = TaskRow.of("t");
        row.assigned(Events.assigned("t", "SYT", "LEAD", "SYT", "2026-06-30", "REPORT", "Việc mới"),
                java.time.Instant.parse("2026-01-05T02:00:00Z"), "e-1");
        row.planned("p", "01/KH", "Kế hoạch", new PlanPublished.PlannedTask("t", "Việc cũ", null,
                LocalDate.of(2026, 5, 31), "SGDDT", List.of()));
        assertThat(row.content()).isEqualTo("Việc mới");
        assertThat(row.leadUnit()).isEqualTo("SYT");
        assertThat(row.planCode()).isEqualTo("01/KH");

        row.overdue(Events.overdue("t", "SYT", "2026-05-31", 1));
        assertThat(row.state()).as("a reminder of another due date").isEqualTo(TaskState.PLANNED);
        row.due(Events.due("t", "SYT", "2026-06-30", 3));
        assertThat(row.state()).isEqualTo(TaskState.DUE_SOON);
        assertThat(row.stateAsOf(LocalDate.of(2026, 7, 1))).isEqualTo(TaskState.OVERDUE);
        row.completed(Events.completed("t", "SYT", "2026-06-30", "2026-06-29T10:00:00Z"), "e-2");
        row.overdue(Events.overdue("t", "SYT", "2026-06-30", 7));
        assertThat(row.state()).isEqualTo(TaskState.DONE);
        assertThat(row.doneOnTime()).isTrue();
        assertThat(row.concerns("SYT")).isTrue();
    }
}
