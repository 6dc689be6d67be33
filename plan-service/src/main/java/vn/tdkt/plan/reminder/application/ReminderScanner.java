package vn.tdkt.plan.reminder.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.plan.reminder.domain.HolidayShift;
import vn.tdkt.plan.reminder.domain.LadderDecision;
import vn.tdkt.plan.reminder.domain.LadderPolicy;
import vn.tdkt.plan.reminder.domain.ReminderLadder;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.domain.DomainException;

/**
 * The due scan. Reads only open tasks whose due date lies in the window where a ladder step can fall
 * ([today − (last overdue offset + allowance), today + (first due offset + allowance)], via the (status, dueDate)
 * index), decides each task's steps ({@link ReminderLadder}) and writes marks + events in one version-guarded save.
 *
 * <p>Exactly once: a step is emitted only together with its mark, in the same atomic document write, and only if
 * the document still has the version that was read. Two scanners (two instances, or a scan racing a restart) that
 * read the same version both compute the same step; the first save wins, the second fails the version check
 * (OptimisticLockingFailureException) and is dropped — its next scan re-reads the task and finds the mark.
 */
@Service
public class ReminderScanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderScanner.class);

    private final TaskStore tasks;
    private final CalendarService calendars;
    private final QuarterOpener quarters;
    private final ReminderProperties properties;
    private final LadderPolicy policy;
    private final Clock clock;

    public ReminderScanner(TaskStore tasks, CalendarService calendars, QuarterOpener quarters,
            ReminderProperties properties, Clock clock) {
        this.tasks = tasks;
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
        ReminderLadder ladder = new ReminderLadder(policy, shift(calendars.calendar()));
        List<TaskDocument> candidates = tasks.openDueBetween(windowStart(today), windowEnd(today));
        int emitted = 0;
        int conflicts = 0;
        for (TaskDocument document : candidates) {
            LadderDecision decision = ladder.decide(document.getTask(), today);
            if (decision.isEmpty()) {
                continue;
            }
            try {
                List<DomainEvent> events = ladder.apply(document.getTask(), decision, today);
                tasks.save(document, events);
                emitted += events.size();
            } catch (OptimisticLockingFailureException e) {
                conflicts++;
                log.debug("Task {} changed concurrently; its ladder is re-evaluated on the next scan", document.getId());
            } catch (DomainException e) {
                // not a race: the ladder refused its own decision, which would repeat every scan unless someone looks
                conflicts++;
                log.warn("Reminder step for task {} refused ({}); it is retried on the next scan", document.getId(),
                        e.getMessage());
            }
        }
        return new ScanResult(candidates.size(), emitted, conflicts);
    }

    public LocalDate windowStart(LocalDate today) {
        return today.minusDays(policy.maxOverdueOffset() + 1L + properties.shiftAllowanceDays());
    }

    public LocalDate windowEnd(LocalDate today) {
        return today.plusDays(policy.maxDueOffset() + 1L + properties.shiftAllowanceDays());
    }

    static HolidayShift shift(WorkingDayCalendar calendar) {
        return new HolidayShift() {
            @Override
            public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
                return calendar.previousWorkingDayOnOrBefore(date);
            }

            @Override
            public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
                return calendar.nextWorkingDayOnOrAfter(date);
            }
        };
    }
}
