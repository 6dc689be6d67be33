package vn.tdkt.plan.reminder.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.reminder.domain.QuarterDigest;
import vn.tdkt.plan.reminder.persistence.QuarterDigestStore;
import vn.tdkt.plan.reminder.persistence.QuarterOpeningStore;
import vn.tdkt.plan.task.application.TaskDirectory;
import vn.tdkt.plan.task.domain.Task;
import lombok.RequiredArgsConstructor;

/**
 * Emits quarter-opened, once per unit and quarter, for every unit that leads or coordinates an open task due in the
 * current quarter: at the first scan of the quarter for the units known then, and later for a unit that first gets
 * such a task during the quarter (a plan published in February still opens the first quarter for its units).
 *
 * <p>Exactly once: each unit's digest of the quarter is its own aggregate keyed {@code <unit>:Q<n>-<year>}, inserted
 * with its event; a second insert is a duplicate key. Cost: the first scan of a quarter reads the quarter's open
 * tasks once; after that a scan reads only the tasks that recorded an event since the previous scan
 * ({@code lastEventAt}, indexed), minus an overlap for writes that committed late — not the whole quarter every minute.
 */
@Service
@RequiredArgsConstructor
public class QuarterOpener {

    private final TaskDirectory tasks;
    private final QuarterDigestStore digests;
    private final QuarterOpeningStore openings;
    private final ReminderProperties properties;
    private final Clock clock;

    /** What one pass did: tasks read to find units owed a digest, and digests emitted. */
    public record Opening(int tasksRead, int emitted) {
    }

    public static String quarterKey(int year, int quarter) {
        return year + "-Q" + quarter;
    }

    public Opening openQuarter(LocalDate today) {
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        String key = quarterKey(year, quarter);
        Instant passStarted = clock.instant();

        Optional<Instant> checkedThrough = openings.checkedThrough(key);
        List<Task> read = checkedThrough
                .map(since -> tasks.changedSince(since.minus(properties.quarterRecheckOverlap())))
                .orElseGet(() -> tasks.openDueBetween(start, end));
        Map<String, List<QuarterDigest.Item>> byUnit = byUnit(read, start, end);
        // one read for all the units named: most of them have their digest already after the first pass
        Set<String> opened = digests.existing(byUnit.keySet().stream()
                .map(unit -> QuarterDigest.id(unit, year, quarter)).toList());

        int emitted = 0;
        for (String unit : byUnit.keySet()) {
            if (opened.contains(QuarterDigest.id(unit, year, quarter))) {
                continue;
            }
            // a changed task alone does not make the digest: it lists all the unit's tasks of the quarter
            List<QuarterDigest.Item> items = checkedThrough.isEmpty() ? byUnit.get(unit)
                    : byUnit(tasks.openDueBetweenFor(unit, start, end), start, end).getOrDefault(unit, List.of());
            if (items.isEmpty()) {
                continue;
            }
            try {
                digests.insert(QuarterDigest.open(unit, year, quarter, items, properties.quarterDigestMaxTasks(), today));
                emitted++;
            } catch (DuplicateKeyException openedMeanwhile) {
                // another instance opened it first: exactly once either way
            }
        }
        openings.markCheckedThrough(key, passStarted);
        return new Opening(read.size(), emitted);
    }

    private static Map<String, List<QuarterDigest.Item>> byUnit(List<Task> read, LocalDate start, LocalDate end) {
        Map<String, List<QuarterDigest.Item>> byUnit = new LinkedHashMap<>();
        for (Task task : read) {
            LocalDate due = task.dueDate();
            if (!task.status().isOpen() || due == null || due.isBefore(start) || due.isAfter(end)) {
                continue;
            }
            for (String unit : task.units()) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>())
                        .add(new QuarterDigest.Item(task.ref(), task.roleOf(unit), due));
            }
        }
        return byUnit;
    }
}
