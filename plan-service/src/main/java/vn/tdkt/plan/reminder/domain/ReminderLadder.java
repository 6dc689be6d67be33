package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.plan.task.domain.LadderMark;
import vn.tdkt.plan.task.domain.Task;

/**
 * Decides which ladder steps of a task are due on a given day. Rules:
 * <ol>
 *   <li>Only open tasks with a due date have a ladder; DONE and CANCELLED tasks stop it.</li>
 *   <li>The ladder belongs to the current due date: step keys carry it, so a due-date change starts a new
 *       ladder and marks of the old one no longer match.</li>
 *   <li>A step already marked (emitted or skipped) is never handled again.</li>
 *   <li>A before-due step whose nominal date (due date minus offset) was already past when the ladder started
 *       (publication or due-date change) is skipped, not replayed. The nominal date decides, not the date moved
 *       off a weekend or holiday: a ladder that starts on a Sunday still sends the step that falls due that day
 *       (moved to the Friday before), at once.</li>
 *   <li>Catch-up after downtime: of the steps whose date has passed and that are not marked, only the MOST RECENT
 *       of each kind (due / overdue) is emitted; the older ones are marked skipped. So a service that was down for
 *       a week sends one "3 days left" instead of 14, 7 and 3 at once.</li>
 *   <li>A before-due step is not emitted once the due date itself has passed (it would say "1 day left" about an
 *       overdue task); it is skipped and the overdue steps take over.</li>
 *   <li>When two steps of a kind fall on the same day after the holiday shift, the one closest to the due date
 *       wins and the other is skipped.</li>
 * </ol>
 */
public final class ReminderLadder {

    private final LadderPolicy policy;
    private final HolidayShift shift;

    public ReminderLadder(LadderPolicy policy, HolidayShift shift) {
        this.policy = policy;
        this.shift = shift;
    }

    public LadderDecision decide(Task task, LocalDate today) {
        if (!task.status().isOpen() || task.dueDate() == null) {
            return new LadderDecision(List.of(), List.of());
        }
        List<LadderStep> emit = new ArrayList<>();
        List<LadderStep> skip = new ArrayList<>();
        List<LadderStep> pending = policy.steps(task.dueDate(), shift).stream()
                .filter(step -> !task.hasLadderMark(step.key()))
                .filter(step -> !step.reminderDate().isAfter(today))
                .toList();
        for (StepKind kind : StepKind.values()) {
            List<LadderStep> ofKind = new ArrayList<>(pending.stream().filter(step -> step.kind() == kind).toList());
            if (kind == StepKind.DUE) {
                Predicate<LadderStep> stale = step -> task.ladderStartedOn() != null
                        && step.dueDate().minusDays(step.offsetDays()).isBefore(task.ladderStartedOn())
                        || today.isAfter(task.dueDate());
                ofKind.stream().filter(stale).forEach(skip::add);
                ofKind.removeIf(stale);
            }
            ofKind.stream()
                    .max(Comparator.comparing(LadderStep::reminderDate)
                            .thenComparing(step -> kind == StepKind.DUE ? -step.offsetDays() : step.offsetDays()))
                    .ifPresent(latest -> {
                        emit.add(latest);
                        ofKind.stream().filter(step -> step != latest).forEach(skip::add);
                    });
        }
        return new LadderDecision(emit, skip);
    }

    /** Applies a decision to the task: marks plus one event per emitted step, for one atomic save. */
    public List<DomainEvent> apply(Task task, LadderDecision decision, LocalDate today) {
        List<LadderMark> marks = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        boolean overdue = false;
        for (LadderStep step : decision.skip()) {
            marks.add(new LadderMark(step.key(), LadderMark.State.SKIPPED, step.reminderDate(), today));
        }
        for (LadderStep step : decision.emit()) {
            marks.add(new LadderMark(step.key(), LadderMark.State.EMITTED, step.reminderDate(), today));
            // Counted from the day the reminder is actually sent: a catch-up or a ladder started on a weekend
            // sends later than the step's (shifted) date, and "days left" must be true for the reader.
            int distance = (int) Math.abs(ChronoUnit.DAYS.between(today, step.dueDate()));
            if (step.kind() == StepKind.DUE) {
                events.add(new DomainEvent(EventTypes.TASK_DUE, task.id(), new TaskDue(task.id(), task.planId(),
                        task.planCode(), task.content(), task.leadUnit(), task.coordinatingUnits(), step.dueDate(),
                        step.reminderDate(), step.offsetDays(), distance)));
            } else {
                overdue = true;
                events.add(new DomainEvent(EventTypes.TASK_OVERDUE, task.id(), new TaskOverdue(task.id(),
                        task.planId(), task.planCode(), task.content(), task.leadUnit(), task.coordinatingUnits(),
                        step.dueDate(), step.reminderDate(), step.offsetDays(), distance, step.escalate())));
            }
        }
        return task.recordLadder(marks, events, overdue);
    }

    public LadderPolicy policy() {
        return policy;
    }
}
