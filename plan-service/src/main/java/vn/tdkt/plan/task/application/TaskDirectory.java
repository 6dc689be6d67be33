package vn.tdkt.plan.task.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.domain.VersionPrecondition;
import lombok.RequiredArgsConstructor;

/**
 * What other features of the service may ask of the tasks, without a caller (the reminder scan and the quarter
 * digest run on a schedule): the open tasks of a due-date window, a unit's tasks of a quarter, the tasks that changed,
 * and the one change another feature may make — marking a task overdue when its reminder sent the overdue notice.
 */
@Service
@RequiredArgsConstructor
public class TaskDirectory {

    private final TaskStore store;

    /** Open tasks due in [from, to], through the (status, dueDate) index. */
    public List<Task> openDueBetween(LocalDate from, LocalDate to) {
        return store.openDueBetween(from, to);
    }

    /** Tasks due in [from, before), late and not yet marked overdue ({@link TaskStore#lateNeverMarked}). */
    public List<Task> lateNeverMarked(LocalDate from, LocalDate before) {
        return store.lateNeverMarked(from, before);
    }

    /** One unit's open tasks due in [from, to], through the (units, dueDate) index. */
    public List<Task> openDueBetweenFor(String unit, LocalDate from, LocalDate to) {
        return store.openDueBetweenFor(unit, from, to);
    }

    /** Tasks that recorded an event at or after {@code since}, in any state. */
    public List<Task> changedSince(Instant since) {
        return store.changedSince(since);
    }

    /**
     * The overdue notice for {@code dueDate} goes out: the task, if still due then and open, is overdue. Idempotent, so a
     * write that lost a race (another scanner, an officer's command) is simply tried again on the fresh task.
     */
    public void markOverdue(String taskId, LocalDate dueDate) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.update(taskId, VersionPrecondition.none(), task -> task.markOverdue(dueDate));
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }
}
