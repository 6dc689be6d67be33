package vn.tdkt.reporting.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.reporting.dashboard.domain.DashboardSummary.UnitTasks;
import vn.tdkt.reporting.projection.domain.DossierState;
import vn.tdkt.reporting.projection.domain.TaskState;

class SummaryCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 25);
    private static final Instant AT = Instant.parse("2025-06-25T02:00:00Z");

    private final SummaryCalculator calculator = new SummaryCalculator(20);

    private static TaskSnapshot task(String id, String unit, String due, TaskState state) {
        return new TaskSnapshot(id, "Nhiệm vụ " + id, unit, due == null ? null : LocalDate.parse(due), state);
    }

    @Test
    void countsTasksByStateAndUnitWithMostOverdueUnitsFirst() {
        // given
        List<TaskSnapshot> tasks = List.of(
                task("t1", "SGDDT", "2025-06-30", TaskState.DUE_SOON),
                task("t2", "SGDDT", "2025-07-10", TaskState.PLANNED),
                task("t3", "SYT", "2025-06-20", TaskState.OVERDUE),
                task("t4", "SYT", "2025-06-18", TaskState.OVERDUE),
                task("t5", "SNV", "2025-05-31", TaskState.DONE),
                task("t6", "SNV", "2025-06-27", TaskState.DUE_SOON));

        // when
        DashboardSummary summary = calculator.summarize(tasks, List.of(), TODAY, AT, null);

        // then
        DashboardSummary.Tasks t = summary.tasks();
        assertThat(t.dueSoon()).isEqualTo(2);
        assertThat(t.overdue()).isEqualTo(2);
        assertThat(t.done()).isEqualTo(1);
        assertThat(t.planned()).isEqualTo(1);
        assertThat(t.total()).isEqualTo(6);
        assertThat(t.byUnit()).containsExactly(
                new UnitTasks("SYT", 0, 2, 0, 2),
                new UnitTasks("SGDDT", 1, 0, 0, 2),
                new UnitTasks("SNV", 1, 0, 1, 2));
        assertThat(summary.generatedAt()).isEqualTo(AT);
        assertThat(summary.unit()).isNull();
    }

    @Test
    void anOpenTaskPastItsDueDateIsOverdueWithoutWaitingForTheEvent() {
        // given a planned task due yesterday and a done one due last week
        List<TaskSnapshot> tasks = List.of(
                task("t1", "SGDDT", TODAY.minusDays(1).toString(), TaskState.PLANNED),
                task("t2", "SGDDT", TODAY.minusDays(7).toString(), TaskState.DONE));

        // when
        DashboardSummary.Tasks t = calculator.summarize(tasks, List.of(), TODAY, AT, null).tasks();

        // then
        assertThat(t.overdue()).isEqualTo(1);
        assertThat(t.done()).isEqualTo(1);
        assertThat(t.overdueList()).extracting(DashboardSummary.OverdueTask::daysLate).containsExactly(1L);
    }

    @Test
    void cancelledTasksCountNowhere() {
        // given
        List<TaskSnapshot> tasks = List.of(
                task("t1", "SGDDT", "2025-06-30", TaskState.DUE_SOON),
                task("t2", "SGDDT", "2025-06-20", TaskState.CANCELLED));

        // when
        DashboardSummary.Tasks t = calculator.summarize(tasks, List.of(), TODAY, AT, null).tasks();

        // then
        assertThat(t.total()).isEqualTo(1);
        assertThat(t.byUnit()).containsExactly(new UnitTasks("SGDDT", 1, 0, 0, 1));
    }

    @Test
    void listsTheMostUrgentTasksWithDaysLeftAndDaysLateFromToday() {
        // given
        List<TaskSnapshot> tasks = List.of(
                task("late-a", "SYT", "2025-06-20", TaskState.OVERDUE),
                task("late-b", "SYT", "2025-06-01", TaskState.OVERDUE),
                task("soon-a", "SGDDT", "2025-07-02", TaskState.DUE_SOON),
                task("soon-b", "SNV", "2025-06-27", TaskState.DUE_SOON));

        // when
        DashboardSummary.Tasks t = calculator.summarize(tasks, List.of(), TODAY, AT, null).tasks();

        // then
        assertThat(t.dueSoonList()).extracting(DashboardSummary.DueSoonTask::taskId, DashboardSummary.DueSoonTask::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("soon-b", 2L),
                        org.assertj.core.groups.Tuple.tuple("soon-a", 7L));
        assertThat(t.overdueList()).extracting(DashboardSummary.OverdueTask::taskId, DashboardSummary.OverdueTask::daysLate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("late-b", 24L),
                        org.assertj.core.groups.Tuple.tuple("late-a", 5L));
    }

    @Test
    void capsTheListsAtTheLimit() {
        // given
        List<TaskSnapshot> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tasks.add(task("d%02d".formatted(i), "SYT", "2025-07-%02d".formatted(1 + i), TaskState.DUE_SOON));
        }

        // when
        DashboardSummary.Tasks t = new SummaryCalculator(20).summarize(tasks, List.of(), TODAY, AT, null).tasks();

        // then
        assertThat(t.dueSoon()).isEqualTo(30);
        assertThat(t.dueSoonList()).hasSize(20).first().extracting(DashboardSummary.DueSoonTask::taskId)
                .isEqualTo("d00");
    }

    @Test
    void toleratesTasksWithoutDueDate() {
        // given
        List<TaskSnapshot> tasks = List.of(task("x", "SYT", null, TaskState.DUE_SOON),
                task("y", "SYT", "2025-06-26", TaskState.DUE_SOON));

        // when
        DashboardSummary.Tasks t = calculator.summarize(tasks, List.of(), TODAY, AT, null).tasks();

        // then
        assertThat(t.dueSoonList()).extracting(DashboardSummary.DueSoonTask::taskId).containsExactly("y", "x");
    }

    @Test
    void countsDossiersByStateWithEveryStatePresent() {
        // given
        List<DossierSnapshot> dossiers = List.of(
                new DossierSnapshot("d1", "SGDDT", DossierState.SUBMITTED),
                new DossierSnapshot("d2", "SGDDT", DossierState.ELIGIBLE),
                new DossierSnapshot("d3", "SYT", DossierState.ELIGIBLE));

        // when
        DashboardSummary.Dossiers d = calculator.summarize(List.of(), dossiers, TODAY, AT, "SGDDT").dossiers();

        // then
        assertThat(d.total()).isEqualTo(3);
        assertThat(d.byState()).containsEntry(DossierState.SUBMITTED, 1L).containsEntry(DossierState.ELIGIBLE, 2L)
                .containsEntry(DossierState.NOT_ELIGIBLE, 0L);
        assertThat(d.byUnit()).hasSize(2);
        assertThat(d.byUnit().get(0).unit()).isEqualTo("SGDDT");
        assertThat(d.byUnit().get(0).total()).isEqualTo(2);
        assertThat(d.byUnit().get(1).byState()).containsEntry(DossierState.ELIGIBLE, 1L)
                .containsEntry(DossierState.SUBMITTED, 0L);
    }

    @Test
    void emptyProvinceGivesZeroes() {
        // when
        DashboardSummary summary = calculator.summarize(List.of(), List.of(), TODAY, AT, null);

        // then
        assertThat(summary.tasks().total()).isZero();
        assertThat(summary.tasks().byUnit()).isEmpty();
        assertThat(summary.dossiers().byState()).hasSize(3).allSatisfy((state, count) -> assertThat(count).isZero());
    }

    @Test
    void rejectsANonPositiveListLimit() {
        assertThatThrownBy(() -> new SummaryCalculator(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
