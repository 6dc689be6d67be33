package vn.tdkt.plan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.plan.task.domain.Evidence;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plantext.TaskPeriod;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.platform.domain.DomainException;

class TaskLifecycleTest {

    private static Task plannedTask() {
        LocalDate due = LocalDate.of(2025, 6, 30);
        TaskDraft draft = new TaskDraft("t1", "Báo cáo sơ kết 6 tháng", TaskPeriod.date("6/2025", due), "SNV", List.of("SGDDT"), EvidenceKind.REPORT, null, 0);
        return Task.assign("p1", "01/KH-UBND", 1, 2025, draft, LocalDate.of(2025, 1, 3)).task();
    }

    @Test
    void given_a_planned_task_when_the_lead_unit_starts_it_then_it_is_in_progress_and_others_hear_of_it() {
        Task task = plannedTask();

        List<DomainEvent> events = task.start();

        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventTypes.TASK_UPDATED);
            assertThat(((TaskUpdated) event.payload()).reason()).isEqualTo("STARTED");
            assertThat(((TaskUpdated) event.payload()).changedFields()).containsExactly("status");
        });
    }

    @Test
    void given_a_task_in_progress_when_started_again_then_it_is_a_conflict_and_it_can_still_be_completed() {
        Task task = plannedTask();
        task.start();

        assertThatThrownBy(task::start).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("task.cannot-start"));
        task.complete(new Evidence(EvidenceKind.REPORT, "BC 12", null, "snv", Instant.parse("2025-06-28T02:00:00Z")));

        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
    }
}
