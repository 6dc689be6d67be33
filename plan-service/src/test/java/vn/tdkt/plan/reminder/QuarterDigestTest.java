package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.plan.QuarterOpened.QuarterTask;
import vn.tdkt.plan.reminder.application.QuarterOpener;
import vn.tdkt.plan.reminder.application.ReminderProperties;

class QuarterDigestTest {

    @Test
    void a_long_digest_keeps_the_earliest_due_tasks_up_to_the_limit() {
        List<QuarterTask> tasks = List.of(task("t5", 30), task("t1", 2), task("t4", 20), task("t2", 5), task("t3", 5));

        assertThat(QuarterOpener.earliestDue(tasks, 3)).extracting(QuarterTask::taskId).containsExactly("t1", "t2", "t3");
        assertThat(QuarterOpener.earliestDue(tasks, 100)).extracting(QuarterTask::taskId)
                .containsExactly("t1", "t2", "t3", "t4", "t5");
    }

    @Test
    void the_digest_limit_must_allow_at_least_one_task() {
        assertThat(new ReminderProperties(null, null, null, null, null, null, null, null).quarterDigestMaxTasks())
                .isEqualTo(100);
        assertThatThrownBy(() -> new ReminderProperties(null, null, null, null, null, null, null, 0))
                .hasMessageContaining("quarter-digest-max-tasks");
    }

    private static QuarterTask task(String id, int day) {
        return new QuarterTask(id, "plan", "01/KH-UBND", "Nhiệm vụ " + id, "LEAD", LocalDate.of(2026, 10, day));
    }
}
