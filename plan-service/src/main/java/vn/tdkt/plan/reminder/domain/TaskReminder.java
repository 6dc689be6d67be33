package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import vn.tdkt.contracts.plan.ReminderEvent;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskOverdue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.calendar.HolidayShift;

/**
 * The reminder ladder of one task (its own aggregate, keyed by the task id): the due date its ladder belongs to, the
 * day that ladder started, and the steps already handled. Rules:
 * <ol>
 *   <li>Only open tasks with a due date have a ladder (the scan only brings those); a done or cancelled task is never
 *       brought again, so its ladder stops.</li>
 *   <li>The ladder belongs to the task's current due date and starts on the day that due date was set: a due-date
 *       change starts a new ladder, and step keys carry the due date, so marks of the old ladder no longer match.</li>
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
 * It builds its own events (task-due, task-overdue), recorded with its marks in one version-guarded save.
 */
public class TaskReminder {

    private String taskId;
    private LocalDate dueDate;
    private LocalDate ladderStartedOn;
    private List<LadderMark> marks = new ArrayList<>();

    private TaskReminder() {
    }

    /** The reminder of a task that has had none yet (created by the scan when the task first enters its window). */
    public static TaskReminder of(String taskId) {
        TaskReminder reminder = new TaskReminder();
        reminder.taskId = Objects.requireNonNull(taskId, "taskId");
        return reminder;
    }

    /** What the ladder must do today for a task due {@code dueDate} since {@code dueDateSetOn}; changes nothing. */
    public LadderDecision decide(LocalDate taskDueDate, LocalDate dueDateSetOn, LocalDate today, LadderPolicy policy,
            HolidayShift shift) {
        if (taskDueDate == null) {
            return new LadderDecision(List.of(), List.of());
        }
        LocalDate startedOn = dueDateSetOn;
        List<LadderStep> emit = new ArrayList<>();
        List<LadderStep> skip = new ArrayList<>();
        List<LadderStep> pending = policy.steps(taskDueDate, shift).stream()
                .filter(step -> !handled(step.key()))
                .filter(step -> !step.reminderDate().isAfter(today))
                .toList();
        for (StepKind kind : StepKind.values()) {
            List<LadderStep> ofKind = new ArrayList<>(pending.stream().filter(step -> step.kind() == kind).toList());
            if (kind == StepKind.DUE) {
                Predicate<LadderStep> stale = step -> startedOn != null
                        && step.dueDate().minusDays(step.offsetDays()).isBefore(startedOn)
                        || today.isAfter(taskDueDate);
                ofKind.stream().filter(stale).forEach(skip::add);
                ofKind.removeIf(stale);
            } else if (startedOn != null && !ofKind.isEmpty()
                    && ofKind.stream().allMatch(step -> !step.reminderDate().isAfter(startedOn))) {
                // already late when its ladder started (published, or given a date, on or after these steps' days):
                // the unit is told once that it is overdue, not escalated at once over steps it had no time to avoid
                LadderStep first = ofKind.stream().min(Comparator.comparingInt(LadderStep::offsetDays)).orElseThrow();
                emit.add(first);
                ofKind.stream().filter(step -> step != first).forEach(skip::add);
                continue;
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

    /**
     * Records a decision taken by {@link #decide} for the task whose header and due date are given: the ladder follows
     * the task's due date (a new one restarts it on {@code dueDateSetOn}), every step is marked, and each emitted step
     * becomes its event.
     */
    public List<ReminderEvent> record(LadderDecision decision, TaskRef task, LocalDate taskDueDate,
            LocalDate dueDateSetOn, LocalDate today) {
        if (!taskDueDate.equals(dueDate)) {
            dueDate = taskDueDate;
            ladderStartedOn = dueDateSetOn;
        }
        List<ReminderEvent> events = new ArrayList<>();
        for (LadderStep step : decision.skip()) {
            mark(step, LadderMark.State.SKIPPED, today);
        }
        for (LadderStep step : decision.emit()) {
            mark(step, LadderMark.State.EMITTED, today);
            // Counted from the day the reminder is actually sent: a catch-up or a ladder started on a weekend
            // sends later than the step's (shifted) date, and "days left" must be true for the reader.
            int distance = (int) Math.abs(ChronoUnit.DAYS.between(today, step.dueDate()));
            events.add(step.kind() == StepKind.DUE
                    ? new TaskDue(task, step.dueDate(), step.reminderDate(), step.offsetDays(), distance)
                    : new TaskOverdue(task, step.dueDate(), step.reminderDate(), step.offsetDays(), distance,
                            step.escalate()));
        }
        return events;
    }

    private void mark(LadderStep step, LadderMark.State state, LocalDate today) {
        if (handled(step.key())) {
            throw new IllegalStateException("Reminder step " + step.key() + " of task " + taskId + " already handled");
        }
        marks.add(new LadderMark(step.key(), state, step.reminderDate(), today));
    }

    public boolean handled(String key) {
        return marks.stream().anyMatch(mark -> mark.key().equals(key));
    }

    public String taskId() { return taskId; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate ladderStartedOn() { return ladderStartedOn; }
    public List<LadderMark> marks() { return List.copyOf(marks); }
}
