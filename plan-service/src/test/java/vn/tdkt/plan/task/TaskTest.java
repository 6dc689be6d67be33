package vn.tdkt.plan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;
import static vn.tdkt.platformtest.domain.AggregateFixture.whenCreated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.plan.TaskAssigned;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskCompleted;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.plan.task.domain.Evidence;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plan.task.domain.TaskStatus;
import vn.tdkt.plantext.TaskPeriod;

/** The task aggregate, given / when / then: each command, the events it returns and the state it leaves. */
class TaskTest {

    static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 3);
    static final Instant NOW = Instant.parse("2025-06-28T02:00:00Z");

    static TaskDraft draft(String lead, List<String> coordinating) {
        return new TaskDraft("t1", "Báo cáo sơ kết 6 tháng", TaskPeriod.month("6/2025", 2025, 6), lead, coordinating,
                EvidenceKind.REPORT, null, 0);
    }

    static Task plannedTask() {
        return Task.assign("p1", "01/KH-UBND", 1, 2025, draft("SNV", List.of("SGDDT")), PUBLISHED).aggregate();
    }

    static TaskRef ref(List<String> coordinating) {
        return new TaskRef("t1", "p1", "01/KH-UBND", "Báo cáo sơ kết 6 tháng", "SNV", coordinating);
    }

    static TaskUpdated updated(TaskStatus status, String reason, List<String> fields, LocalDate due, LocalDate before) {
        return new TaskUpdated(ref(List.of("SGDDT")), "6/2025", status.name(), reason, fields, due, before, "REPORT");
    }

    static TaskAssigned assigned(String unit, String role, int planVersion, List<String> coordinating) {
        return new TaskAssigned(ref(coordinating), planVersion, unit, role, "6/2025", "REPORT", DUE);
    }

    @Test
    void publishing_assigns_the_task_to_its_lead_and_each_coordinating_unit() {
        whenCreated(TaskTest::plannedTask, task -> Task.assign("p1", "01/KH-UBND", 1, 2025,
                draft("SNV", List.of("SGDDT")), PUBLISHED).events())
                .expectEvents(assigned("SNV", "LEAD", 1, List.of("SGDDT")),
                        assigned("SGDDT", "COORDINATING", 1, List.of("SGDDT")))
                .expectState(task -> {
                    assertThat(task.dueDate()).isEqualTo(DUE);
                    assertThat(task.dueDateSetOn()).isEqualTo(PUBLISHED);
                    assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
                });
    }

    @Test
    void the_lead_unit_starts_a_planned_task() {
        given(plannedTask())
                .when(Task::start)
                .expectEvents(updated(TaskStatus.IN_PROGRESS, "STARTED", List.of("status"), DUE, DUE))
                .expectState(task -> assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS));
    }

    @Test
    void a_task_in_progress_cannot_start_again_but_can_be_completed() {
        given(plannedTask()).andGiven(Task::start)
                .when(Task::start)
                .expectError("task.cannot-start");

        Evidence report = new Evidence(EvidenceKind.REPORT, "BC 12", null, "snv", NOW);
        given(plannedTask()).andGiven(Task::start)
                .when(task -> task.complete(report))
                .expectEvents(new TaskCompleted(ref(List.of("SGDDT")), NOW, "snv", "REPORT", "BC 12", DUE, null))
                .expectState(task -> assertThat(task.status()).isEqualTo(TaskStatus.DONE));
    }

    @Test
    void a_cancelled_task_changes_no_more() {
        given(plannedTask())
                .andGiven(task -> task.cancel("snv", "không còn cần", NOW))
                .when(task -> task.changeDueDate(DUE.plusDays(10), LocalDate.of(2025, 6, 1)))
                .expectError("task.closed");

        given(plannedTask())
                .when(task -> task.cancel("snv", "không còn cần", NOW))
                .expectEvents(new TaskCancelled(ref(List.of("SGDDT")), NOW, "snv", DUE, "không còn cần"));
    }

    @Test
    void the_overdue_notice_makes_the_task_overdue_and_a_later_due_date_makes_it_planned_again() {
        LocalDate moved = LocalDate.of(2025, 7, 15);
        given(plannedTask())
                .andGiven(task -> task.markOverdue(DUE))
                .when(task -> task.changeDueDate(moved, LocalDate.of(2025, 7, 2)))
                .expectEvents(new TaskUpdated(ref(List.of("SGDDT")), "6/2025", "PLANNED", "DUE_DATE_CHANGED",
                        List.of("dueDate"), moved, DUE, "REPORT"))
                .expectState(task -> {
                    assertThat(task.status()).isEqualTo(TaskStatus.PLANNED);
                    assertThat(task.dueDateSetOn()).isEqualTo(LocalDate.of(2025, 7, 2));
                    assertThat(task.period().due().basis().label()).isEqualTo("Ngày ấn định");
                });
    }

    @Test
    void an_overdue_notice_for_a_due_date_since_moved_changes_nothing() {
        given(plannedTask())
                .andGiven(task -> task.changeDueDate(LocalDate.of(2025, 7, 15), LocalDate.of(2025, 6, 20)))
                .when(task -> task.markOverdue(DUE))
                .expectNoEvents()
                .expectState(task -> assertThat(task.status()).isEqualTo(TaskStatus.PLANNED));

        given(plannedTask())
                .when(task -> task.markOverdue(DUE))
                .expectNoEvents()
                .expectState(task -> assertThat(task.status()).isEqualTo(TaskStatus.OVERDUE));
    }

    @Test
    void an_amendment_that_leaves_the_plans_date_as_it_was_keeps_the_date_the_so_noi_vu_moved() {
        LocalDate moved = LocalDate.of(2025, 7, 15);
        given(plannedTask())
                .andGiven(task -> task.changeDueDate(moved, LocalDate.of(2025, 6, 20)))
                .when(task -> task.amend(2, draft("SNV", List.of("SGDDT")), LocalDate.of(2025, 6, 25)))
                .expectNoEvents()
                .expectState(task -> assertThat(task.dueDate()).isEqualTo(moved));
        // another field changes: still the moved date
        given(plannedTask())
                .andGiven(task -> task.changeDueDate(moved, LocalDate.of(2025, 6, 20)))
                .when(task -> task.amend(2, draft("SNV", List.of("SGDDT", "SYT")), LocalDate.of(2025, 6, 25)))
                .expectEventsSatisfying(events -> assertThat(((TaskUpdated) events.get(0)).dueDate()).isEqualTo(moved))
                .expectState(task -> assertThat(task.dueDate()).isEqualTo(moved));
        // the plan itself now gives another date: the plan's new date wins
        TaskDraft august = new TaskDraft("t1", "Báo cáo sơ kết 6 tháng", TaskPeriod.month("8/2025", 2025, 8), "SNV",
                List.of("SGDDT"), EvidenceKind.REPORT, null, 0);
        given(plannedTask())
                .andGiven(task -> task.changeDueDate(moved, LocalDate.of(2025, 6, 20)))
                .when(task -> task.amend(2, august, LocalDate.of(2025, 6, 25)))
                .expectState(task -> assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 8, 31)));
    }

    @Test
    void a_started_task_overdue_then_given_a_later_date_is_in_progress_again() {
        given(plannedTask())
                .andGiven(Task::start)
                .andGiven(task -> task.markOverdue(DUE))
                .when(task -> task.changeDueDate(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 2)))
                .expectState(task -> assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS));
    }

    @Test
    void an_amendment_that_adds_a_coordinating_unit_assigns_the_task_to_it() {
        given(plannedTask())
                .when(task -> task.amend(2, draft("SNV", List.of("SGDDT", "SYT")), LocalDate.of(2025, 3, 1)))
                .expectEvents(new TaskUpdated(ref(List.of("SGDDT", "SYT")), "6/2025", "PLANNED", "PLAN_AMENDED",
                                List.of("coordinatingUnits"), DUE, DUE, "REPORT"),
                        assigned("SYT", "COORDINATING", 2, List.of("SGDDT", "SYT")))
                .expectState(task -> assertThat(task.planVersion()).isEqualTo(2));
    }
}
