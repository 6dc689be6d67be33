package vn.tdkt.plan.reminder.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.QuarterOpened;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.plan.unit.persistence.UnitDocument;
import vn.tdkt.plan.unit.persistence.UnitStore;

/**
 * At the start of each quarter (the first scan on or after its first day) emits quarter-opened for every unit that
 * leads or coordinates an open task due in that quarter. Exactly once per unit and quarter: the quarter key is
 * recorded on the unit document in the same version-guarded write as the event.
 */
@Service
public class QuarterOpener {

    private final TaskStore tasks;
    private final UnitStore units;

    public QuarterOpener(TaskStore tasks, UnitStore units) {
        this.tasks = tasks;
        this.units = units;
    }

    public static String quarterKey(int year, int quarter) {
        return year + "-Q" + quarter;
    }

    public int openQuarter(LocalDate today) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate start = LocalDate.of(today.getYear(), quarter * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        String key = quarterKey(today.getYear(), quarter);
        Map<String, List<QuarterOpened.QuarterTask>> byUnit = new LinkedHashMap<>();
        for (TaskDocument document : tasks.openDueBetween(start, end)) {
            Task task = document.getTask();
            for (String unit : task.units()) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new QuarterOpened.QuarterTask(task.id(),
                        task.planId(), task.planCode(), task.content(),
                        unit.equals(task.leadUnit()) ? Task.ROLE_LEAD : Task.ROLE_COORDINATING, task.dueDate()));
            }
        }
        int emitted = 0;
        for (Map.Entry<String, List<QuarterOpened.QuarterTask>> entry : byUnit.entrySet()) {
            UnitDocument unit = units.find(entry.getKey()).orElse(null);
            if (unit == null || !unit.getUnit().markQuarterOpened(key)) {
                continue;
            }
            List<QuarterOpened.QuarterTask> list = entry.getValue().stream()
                    .sorted(java.util.Comparator.comparing(QuarterOpened.QuarterTask::dueDate)).toList();
            DomainEvent event = new DomainEvent(EventTypes.QUARTER_OPENED, entry.getKey(),
                    new QuarterOpened(entry.getKey(), today.getYear(), quarter, start, end, list));
            try {
                units.save(unit, List.of(event));
                emitted++;
            } catch (OptimisticLockingFailureException e) {
                // another instance (or a registry edit) saved first; the next scan re-reads the unit
            }
        }
        return emitted;
    }
}
