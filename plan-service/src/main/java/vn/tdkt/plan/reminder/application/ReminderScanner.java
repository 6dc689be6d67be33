package vn.tdkt.plan.reminder.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.calendar.HolidayShift;
import vn.tdkt.plan.reminder.domain.LadderDecision;
import vn.tdkt.plan.reminder.domain.LadderPolicy;
import vn.tdkt.plan.reminder.persistence.TaskReminderStore;
import vn.tdkt.plan.task.application.TaskDirectory;
import vn.tdkt.plan.task.domain.Task;

/**
 * The due scan. Reads, through the task feature, only open tasks whose due date lies in the window where a ladder
 * step can fall ([today − (last overdue offset + allowance), today + (first due offset + allowance)], via the
 * (status, dueDate) index), reads their reminders in one batch, decides each ladder's steps and saves each reminder
 * that has one, with its events, in one version-guarded write.
 *
 * <p>Exactly once: a step is emitted only together with its mark, in the same atomic write of the reminder document,
 * and only if that document still has the version that was read (or, for a task's first reminder, if nobody created
 * it first). Two scanners (two instances, or a scan racing a restart) that read the same version both compute the same
 * step; the first save wins, the second fails the version check and is dropped — its next scan re-reads the reminder
 * and finds the mark. An overdue notice first marks the task overdue (idempotent), so a crash in between leaves an
 * overdue task whose notice the next scan sends, never a notice about a task that is not overdue.
 */
@Service
public class ReminderScanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderScanner.class);

    private final TaskDirectory tasks;
    private final TaskReminderStore reminders;
    private final CalendarService calendars;
    private final QuarterOpener quarters;
    private final ReminderProperties properties;
    private final LadderPolicy policy;
    private final Clock clock;

    public ReminderScanner(TaskDirectory tasks, TaskReminderStore reminders, CalendarService calendars,
            QuarterOpener quarters, ReminderProperties properties, Clock clock) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.calendars = calendars;
        this.quarters = quarters;
        this.properties = properties;
        this.policy = properties.policy();
        this.clock = clock;
    }

    public record ScanResult(int examined, int emitted, int conflicts) {
    }

    /** One scan: the ladder for every task in the window, then the quarter digests. */
    public ScanResult scan() {
        LocalDate today = LocalDate.now(clock);
        ScanResult result = scanLadders(today);
        quarters.openQuarter(today);
        return result;
    }

    public ScanResult scanLadders(LocalDate today) {
        HolidayShift shift = calendars.calendar();
        Map<String, Task> candidates = tasks.openDueBetween(windowStart(today), windowEnd(today)).stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        // and tasks already late before the window when their plan was published: told once, then marked overdue
        tasks.lateNeverMarked(today.minusDays(properties.lateLookbackDays()), windowStart(today))
                .forEach(task -> candidates.putIfAbsent(task.id(), task));
        TaskReminderStore.Pass pass = reminders.remind(candidates.keySet(), (taskId, reminder) -> {
            Task task = candidates.get(taskId);
            LadderDecision decision = reminder.decide(task.dueDate(), task.dueDateSetOn(), today, policy, shift);
            if (decision.isEmpty()) {
                return Optional.empty();
            }
            if (decision.sendsOverdue()) {
                tasks.markOverdue(taskId, task.dueDate());
            }
            return Optional.of(reminder.record(decision, task.ref(), task.dueDate(), task.dueDateSetOn(), today));
        });
        if (pass.conflicts() > 0) {
            log.debug("{} reminders changed concurrently; they are re-evaluated on the next scan", pass.conflicts());
        }
        return new ScanResult(candidates.size(), pass.events(), pass.conflicts());
    }

    public LocalDate windowStart(LocalDate today) {
        return today.minusDays(policy.maxOverdueOffset() + 1L + properties.shiftAllowanceDays());
    }

    public LocalDate windowEnd(LocalDate today) {
        return today.plusDays(policy.maxDueOffset() + 1L + properties.shiftAllowanceDays());
    }
}
