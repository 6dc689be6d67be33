package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.platformtest.domain.AggregateFixture.given;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.contracts.plan.ReminderEvent;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.calendar.HolidayShift;
import vn.tdkt.plan.reminder.domain.LadderMark;
import vn.tdkt.plan.reminder.domain.LadderPolicy;
import vn.tdkt.plan.reminder.domain.LadderStep;
import vn.tdkt.plan.reminder.domain.TaskReminder;

/** The reminder ladder of one task, given / when / then: what it sends on a day, what it marks, what it never repeats. */
class TaskReminderTest {

    static final HolidayShift SHIFT = BundledCalendarData.calendar();
    static final TaskRef TASK = new TaskRef("t1", "p1", "01/KH-UBND", "Báo cáo", "SNV", List.of("SYT"));

    /** The scan on {@code today} for the task due {@code due} since {@code dueSince}: decide, then record. */
    static Function<TaskReminder, List<ReminderEvent>> scan(LocalDate due, LocalDate dueSince, LocalDate today) {
        return reminder -> reminder.record(reminder.decide(due, dueSince, today, LadderPolicy.DEFAULT, SHIFT), TASK,
                due, dueSince, today);
    }

    static TaskDue due(int offset, LocalDate dueDate, LocalDate reminderDate, int daysLeft) {
        return new TaskDue(TASK, dueDate, reminderDate, offset, daysLeft);
    }

    static TaskOverdue overdue(int offset, LocalDate dueDate, LocalDate reminderDate, int daysLate, boolean escalate) {
        return new TaskOverdue(TASK, dueDate, reminderDate, offset, daysLate, escalate);
    }

    static List<String> keys(List<LadderStep> steps) {
        return steps.stream().map(step -> step.key() + "→" + step.reminderDate()).toList();
    }

    static List<String> skipped(TaskReminder reminder) {
        return reminder.marks().stream().filter(mark -> mark.state() == LadderMark.State.SKIPPED).map(LadderMark::key)
                .toList();
    }

    static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void steps_on_working_days_stay_put() {
        // given a due date on Thursday 31/7/2025
        // when the steps are computed
        List<LadderStep> steps = LadderPolicy.DEFAULT.steps(JULY_31, SHIFT);
        // then each step is at its nominal date, the +7 one escalates
        assertThat(keys(steps)).containsExactly(
                "due:14@2025-07-31→2025-07-17", "due:7@2025-07-31→2025-07-24", "due:3@2025-07-31→2025-07-28",
                "due:1@2025-07-31→2025-07-30", "overdue:1@2025-07-31→2025-08-01", "overdue:7@2025-07-31→2025-08-07");
        assertThat(steps.get(5).escalate()).isTrue();
        assertThat(steps.get(4).escalate()).isFalse();
    }

    @Test
    void a_reminder_in_tet_2026_moves_to_friday_13_february() {
        // given a due date 14 days after Monday 16/02/2026 (Tết Bính Ngọ)
        LadderStep fourteen = LadderPolicy.DEFAULT.steps(LocalDate.of(2026, 3, 2), SHIFT).get(0);
        // then
        assertThat(fourteen.reminderDate()).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void an_overdue_step_never_precedes_the_deadline() {
        // given a due date on Friday 13/02/2026: +1 is Saturday, the working day before it is the due date itself
        List<LadderStep> steps = LadderPolicy.DEFAULT.steps(LocalDate.of(2026, 2, 13), SHIFT);
        // then +1 moves forward past Tết to Monday 23/02, +7 (Friday 20/02, Tết) cannot move back before 14/02 either
        assertThat(steps.get(4).reminderDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(steps.get(5).reminderDate()).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void one_step_per_day_in_normal_operation_and_never_twice() {
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, JULY_1, LocalDate.of(2025, 7, 17)))
                .expectEvents(due(14, JULY_31, LocalDate.of(2025, 7, 17), 14))
                .expectState(reminder -> assertThat(skipped(reminder)).isEmpty());

        given(TaskReminder.of("t1"))
                .andGiven(scan(JULY_31, JULY_1, LocalDate.of(2025, 7, 17)))
                .when(scan(JULY_31, JULY_1, LocalDate.of(2025, 7, 17)))
                .expectNoEvents();
    }

    @Test
    void catch_up_sends_only_the_most_recent_step_of_each_kind() {
        // given a task published long before, and a service down until 29/7 (14, 7 and 3 days before passed)
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, JULY_1, LocalDate.of(2025, 7, 29)))
                .expectEvents(due(3, JULY_31, LocalDate.of(2025, 7, 28), 2))
                .expectState(reminder -> assertThat(skipped(reminder))
                        .containsExactly("due:14@2025-07-31", "due:7@2025-07-31"));
    }

    @Test
    void steps_already_past_when_the_ladder_starts_are_skipped() {
        // given a task published on 25/7 for 31/7, when the first scan runs that day
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, LocalDate.of(2025, 7, 25), LocalDate.of(2025, 7, 25)))
                // then 14 and 7 days before are skipped, nothing is sent yet
                .expectNoEvents()
                .expectState(reminder -> {
                    assertThat(skipped(reminder)).containsExactly("due:14@2025-07-31", "due:7@2025-07-31");
                    assertThat(reminder.ladderStartedOn()).isEqualTo(LocalDate.of(2025, 7, 25));
                });
    }

    @Test
    void a_ladder_starting_on_a_sunday_sends_the_step_that_falls_due_that_day() {
        // given a task published on Sunday 27/7/2025 for Sunday 3/8 (7 days before = the publication day)
        LocalDate due = LocalDate.of(2025, 8, 3);
        given(TaskReminder.of("t1"))
                .when(scan(due, LocalDate.of(2025, 7, 27), LocalDate.of(2025, 7, 27)))
                // then the 7-day step (moved to Friday 25/7) is sent now; only the 14-day one is stale
                .expectEvents(due(7, due, LocalDate.of(2025, 7, 25), 7))
                .expectState(reminder -> assertThat(skipped(reminder)).containsExactly("due:14@2025-08-03"));
    }

    @Test
    void after_the_deadline_due_steps_are_stale_and_the_escalation_takes_over() {
        // sent on 8/8 (a day after the step's date): the reader is told the truth, 8 days late
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, JULY_1, LocalDate.of(2025, 8, 8)))
                .expectEvents(overdue(7, JULY_31, LocalDate.of(2025, 8, 7), 8, true))
                .expectState(reminder -> assertThat(skipped(reminder)).hasSize(5));
    }

    @Test
    void a_task_already_late_when_its_plan_is_published_is_told_once_and_not_escalated_at_once() {
        // given a plan published on 15/8 with a task due 31/7 (both overdue steps, 1/8 and 7/8, are past)
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 15)))
                // then one plain overdue notice, counted to the day it is sent; the escalation is skipped
                .expectEvents(overdue(1, JULY_31, LocalDate.of(2025, 8, 1), 15, false))
                .expectState(reminder -> assertThat(skipped(reminder)).contains("overdue:7@2025-07-31"));
        // published on the escalation's own day (7/8): still told plainly first
        given(TaskReminder.of("t1"))
                .when(scan(JULY_31, LocalDate.of(2025, 8, 7), LocalDate.of(2025, 8, 7)))
                .expectEvents(overdue(1, JULY_31, LocalDate.of(2025, 8, 1), 7, false));
    }

    @Test
    void a_task_without_a_due_date_has_no_ladder() {
        given(TaskReminder.of("t1"))
                .when(reminder -> reminder.decide(null, JULY_1, LocalDate.of(2025, 7, 30), LadderPolicy.DEFAULT, SHIFT)
                        .emit())
                .expectNoEvents();
    }

    @Test
    void a_new_due_date_starts_a_new_ladder_keyed_by_it() {
        LocalDate moved = LocalDate.of(2025, 8, 14);
        LocalDate movedOn = LocalDate.of(2025, 7, 18);
        // given the 14-day step of 31/7 sent, then the due date moves on 18/7 to 14/8
        given(TaskReminder.of("t1"))
                .andGiven(scan(JULY_31, JULY_1, LocalDate.of(2025, 7, 17)))
                .andGiven(scan(moved, movedOn, LocalDate.of(2025, 7, 30)))
                // when the new 14-day step (31/7) falls due, keyed by the new date
                .when(scan(moved, movedOn, JULY_31))
                .expectEvents(due(14, moved, JULY_31, 14))
                .expectState(reminder -> {
                    assertThat(reminder.dueDate()).isEqualTo(moved);
                    assertThat(reminder.ladderStartedOn()).isEqualTo(movedOn);
                    assertThat(reminder.handled("due:14@2025-07-31")).isTrue();
                });
    }
}
