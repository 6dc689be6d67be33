package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.contracts.plan.QuarterDigestEvent;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.platform.domain.Created;

/**
 * A unit's digest of one quarter: created once, when the quarter opens for the unit, with the quarter-opened event
 * listing the unit's tasks due in it. Keyed {@code <unit>:Q<n>-<year>}, so a second digest for the same unit and
 * quarter is a duplicate key: exactly once, whoever tries.
 */
public class QuarterDigest {

    private String id;
    private String unitCode;
    private int year;
    private int quarter;
    private LocalDate openedOn;
    private int taskCount;

    private QuarterDigest() {
    }

    /** A task of the unit due in the quarter, and the unit's role in it. */
    public record Item(TaskRef task, String role, LocalDate dueDate) {
    }

    public static String id(String unitCode, int year, int quarter) {
        return QuarterDigestEvent.digestId(unitCode, year, quarter);
    }

    /**
     * Opens the quarter for the unit: the event lists its tasks earliest due first, at most {@code maxTasks} of them,
     * with the full count (so the event stays far below Kafka's message limit).
     */
    public static Created<QuarterDigest, QuarterDigestEvent> open(String unitCode, int year, int quarter,
            List<Item> items, int maxTasks, LocalDate today) {
        QuarterDigest digest = new QuarterDigest();
        digest.id = id(unitCode, year, quarter);
        digest.unitCode = unitCode;
        digest.year = year;
        digest.quarter = quarter;
        digest.openedOn = today;
        digest.taskCount = items.size();
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        List<QuarterOpened.QuarterTask> tasks = items.stream()
                .sorted(Comparator.comparing(Item::dueDate).thenComparing(item -> item.task().taskId()))
                .limit(maxTasks)
                .map(item -> new QuarterOpened.QuarterTask(item.task().taskId(), item.task().planId(),
                        item.task().planCode(), item.task().content(), item.role(), item.dueDate()))
                .toList();
        return new Created<>(digest, List.of(new QuarterOpened(unitCode, year, quarter, start,
                start.plusMonths(3).minusDays(1), tasks, items.size())));
    }

    public String id() { return id; }
    public String unitCode() { return unitCode; }
    public int year() { return year; }
    public int quarter() { return quarter; }
    public LocalDate openedOn() { return openedOn; }
    public int taskCount() { return taskCount; }
}
