package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.calendar.BundledCalendarData;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.plan.reminder.domain.HolidayShift;
import vn.tdkt.plan.reminder.domain.LadderDecision;
import vn.tdkt.plan.reminder.domain.LadderPolicy;
import vn.tdkt.plan.reminder.domain.LadderStep;
import vn.tdkt.plan.reminder.domain.ReminderLadder;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plantext.TaskPeriod;

class ReminderLadderTest {

    static final WorkingDayCalendar CALENDAR = BundledCalendarData.calendar();
    static final HolidayShift SHIFT = new HolidayShift() {
        @Override
        public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
            return CALENDAR.previousWorkingDayOnOrBefore(date);
        }

        @Override
        public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
            return CALENDAR.nextWorkingDayOnOrAfter(date);
        }
    };
    final ReminderLadder ladder = new ReminderLadder(LadderPolicy.DEFAULT, SHIFT);

    static Task task(LocalDate due, LocalDate publishedOn) {
        TaskDraft draft = new TaskDraft("t1", "Báo cáo", TaskPeriod.date("x", due), "SNV",
                List.of("SYT"), EvidenceKind.REPORT, null, 0);
        return Task.assign("p1", "01/KH-UBND", 1, due.getYear(), draft, publishedOn).task();
    }

    static List<String> keys(List<LadderStep> steps) {
        return steps.stream().map(step -> step.key() + "→" + step.reminderDate()).toList();
    }

    @Test
    void steps_on_working_days_stay_put() {
        // given a due date on Thursday 31/7/2025
        // when the steps are computed
        List<LadderStep> steps = LadderPolicy.DEFAULT.steps(LocalDate.of(2025, 7, 31), SHIFT);
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
        LocalDate due = LocalDate.of(2026, 3, 2);
        // when
        LadderStep fourteen = LadderPolicy.DEFAULT.steps(due, SHIFT).get(0);
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
    void one_step_per_day_in_normal_operation() {
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1));
        LadderDecision decision = ladder.decide(task, LocalDate.of(2025, 7, 17));
        assertThat(keys(decision.emit())).containsExactly("due:14@2025-07-31→2025-07-17");
        assertThat(decision.skip()).isEmpty();
        List<DomainEvent> events = ladder.apply(task, decision, LocalDate.of(2025, 7, 17));
        TaskDue payload = (TaskDue) events.get(0).payload();
        assertThat(payload.offsetDays()).isEqualTo(14);
        assertThat(payload.daysLeft()).isEqualTo(14);
        // the same day again: nothing
        assertThat(ladder.decide(task, LocalDate.of(2025, 7, 17)).isEmpty()).isTrue();
    }

    @Test
    void catch_up_sends_only_the_most_recent_step_of_each_kind() {
        // given a task published long before, and a service down until 29/7 (14, 7 and 3 days before passed)
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1));
        // when
        LadderDecision decision = ladder.decide(task, LocalDate.of(2025, 7, 29));
        // then
        assertThat(keys(decision.emit())).containsExactly("due:3@2025-07-31→2025-07-28");
        assertThat(keys(decision.skip())).containsExactly("due:14@2025-07-31→2025-07-17", "due:7@2025-07-31→2025-07-24");
    }

    @Test
    void steps_already_past_when_the_ladder_starts_are_skipped() {
        // given a task published on 25/7 for 31/7
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 25));
        // when the first scan runs that day
        LadderDecision decision = ladder.decide(task, LocalDate.of(2025, 7, 25));
        // then 14 and 7 days before are skipped, nothing is sent yet
        assertThat(decision.emit()).isEmpty();
        assertThat(keys(decision.skip())).containsExactly("due:14@2025-07-31→2025-07-17", "due:7@2025-07-31→2025-07-24");
    }

    @Test
    void a_ladder_starting_on_a_sunday_sends_the_step_that_falls_due_that_day() {
        // given a task published on Sunday 27/7/2025 for Sunday 3/8 (7 days before = the publication day)
        Task task = task(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 7, 27));
        // when the first scan runs that Sunday
        LadderDecision decision = ladder.decide(task, LocalDate.of(2025, 7, 27));
        // then the 7-day step (moved to Friday 25/7) is sent now; only the 14-day one is stale
        assertThat(keys(decision.emit())).containsExactly("due:7@2025-08-03→2025-07-25");
        assertThat(keys(decision.skip())).containsExactly("due:14@2025-08-03→2025-07-18");
    }

    @Test
    void after_the_deadline_due_steps_are_stale_and_overdue_takes_over() {
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1));
        LadderDecision decision = ladder.decide(task, LocalDate.of(2025, 8, 8));
        assertThat(keys(decision.emit())).containsExactly("overdue:7@2025-07-31→2025-08-07");
        assertThat(decision.skip()).hasSize(5);
        List<DomainEvent> events = ladder.apply(task, decision, LocalDate.of(2025, 8, 8));
        TaskOverdue payload = (TaskOverdue) events.get(0).payload();
        assertThat(payload.escalate()).isTrue();
        // sent on 8/8 (a day after the step's date): the reader is told the truth, 8 days late
        assertThat(payload.daysLate()).isEqualTo(8);
        assertThat(payload.offsetDays()).isEqualTo(7);
        assertThat(task.status().name()).isEqualTo("OVERDUE");
    }

    @Test
    void done_tasks_have_no_ladder() {
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1));
        task.cancel("snv", "không còn cần", java.time.Instant.parse("2025-07-02T00:00:00Z"));
        assertThat(ladder.decide(task, LocalDate.of(2025, 7, 30)).isEmpty()).isTrue();
    }

    @Test
    void a_new_due_date_starts_a_new_ladder() {
        Task task = task(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1));
        ladder.apply(task, ladder.decide(task, LocalDate.of(2025, 7, 17)), LocalDate.of(2025, 7, 17));
        // when the due date moves on 18/7 to 14/8
        task.changeDueDate(LocalDate.of(2025, 8, 14), LocalDate.of(2025, 7, 18));
        // then the new 14-day step (31/7) is due on its day, keyed by the new date
        assertThat(ladder.decide(task, LocalDate.of(2025, 7, 30)).isEmpty()).isTrue();
        assertThat(keys(ladder.decide(task, LocalDate.of(2025, 7, 31)).emit()))
                .containsExactly("due:14@2025-08-14→2025-07-31");
    }
}
