package vn.tdkt.plan.reminder.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.plan.reminder.persistence.QuarterOpeningStore;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.plan.unit.persistence.UnitDocument;
import vn.tdkt.plan.unit.persistence.UnitStore;

/**
 * Emits quarter-opened, once per unit and quarter, for every unit that leads or coordinates an open task due in the
 * current quarter: at the first scan of the quarter for the units known then, and later for a unit that first gets
 * such a task during the quarter (a plan published in February still opens the first quarter for its units).
 *
 * <p>Exactly once: the quarter key is recorded on the unit document in the same version-guarded write as the event.
 * Cost: the first scan of a quarter reads the quarter's open tasks once; after that a scan reads only the tasks that
 * recorded an event since the previous scan ({@code lastEventAt}, indexed), minus an overlap for writes that
 * committed late — not the whole quarter every minute.
 */
@Service
public class QuarterOpener {

    private final TaskStore tasks;
    private final UnitStore units;
    private final QuarterOpeningStore openings;
    private final ReminderProperties properties;
    private final Clock clock;

    public QuarterOpener(TaskStore tasks, UnitStore units, QuarterOpeningStore openings, ReminderProperties properties,
            Clock clock) {
        this.tasks = tasks;
        this.units = units;
        this.openings = openings;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one pass did: tasks read to find units owed a digest, and digests emitted. */
    public record Opening(int tasksRead, int emitted) {
    }

    public static String quarterKey(int year, int quarter) {
        return year + "-Q" + quarter;
    }

    public Opening openQuarter(LocalDate today) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate start = LocalDate.of(today.getYear(), quarter * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        String key = quarterKey(today.getYear(), quarter);
        Instant passStarted = clock.instant();

        Optional<Instant> checkedThrough = openings.checkedThrough(key);
        List<TaskDocument> read = checkedThrough
                .map(since -> tasks.changedSince(since.minus(properties.quarterRecheckOverlap())))
                .orElseGet(() -> tasks.openDueBetween(start, end));
        Map<String, List<QuarterOpened.QuarterTask>> byUnit = byUnit(read, start, end);

        int emitted = 0;
        boolean complete = true;
        // one read for all the units named, not one per unit: most of them are already opened after the first pass
        for (UnitDocument unit : units.findAll(byUnit.keySet())) {
            String unitCode = unit.getUnit().code();
            if (!unit.getUnit().markQuarterOpened(key)) {
                continue;
            }
            // a changed task alone does not make the digest: it lists all the unit's tasks of the quarter
            List<QuarterOpened.QuarterTask> list = checkedThrough.isEmpty() ? byUnit.get(unitCode)
                    : byUnit(tasks.openDueBetweenFor(unitCode, start, end), start, end).getOrDefault(unitCode, List.of());
            if (list.isEmpty()) {
                continue;
            }
            DomainEvent event = new DomainEvent(EventTypes.QUARTER_OPENED, unitCode, new QuarterOpened(unitCode,
                    today.getYear(), quarter, start, end,
                    earliestDue(list, properties.quarterDigestMaxTasks()), list.size()));
            try {
                units.save(unit, List.of(event));
                emitted++;
            } catch (OptimisticLockingFailureException e) {
                // another instance (or a registry edit) saved first: keep the mark where it was so the next pass
                // looks at these tasks again and re-reads the unit
                complete = false;
            }
        }
        if (complete) {
            openings.markCheckedThrough(key, passStarted);
        }
        return new Opening(read.size(), emitted);
    }

    /** The digest's list: earliest due first, cut at {@code max} (the event carries the full count). */
    public static List<QuarterOpened.QuarterTask> earliestDue(List<QuarterOpened.QuarterTask> tasks, int max) {
        return tasks.stream()
                .sorted(Comparator.comparing(QuarterOpened.QuarterTask::dueDate)
                        .thenComparing(QuarterOpened.QuarterTask::taskId))
                .limit(max).toList();
    }

    private static Map<String, List<QuarterOpened.QuarterTask>> byUnit(List<TaskDocument> documents, LocalDate start,
            LocalDate end) {
        Map<String, List<QuarterOpened.QuarterTask>> byUnit = new LinkedHashMap<>();
        for (TaskDocument document : documents) {
            Task task = document.getTask();
            LocalDate due = task.dueDate();
            if (!TaskStore.OPEN.contains(task.status()) || due == null || due.isBefore(start) || due.isAfter(end)) {
                continue;
            }
            for (String unit : task.units()) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new QuarterOpened.QuarterTask(task.id(),
                        task.planId(), task.planCode(), task.content(),
                        unit.equals(task.leadUnit()) ? Task.ROLE_LEAD : Task.ROLE_COORDINATING, due));
            }
        }
        return byUnit;
    }
}
