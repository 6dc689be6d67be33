package vn.tdkt.plan.task.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;

/**
 * Brings the task aggregates of a plan in line with a published plan version: inserts new tasks (task-assigned per
 * unit), amends changed ones (task-updated), cancels removed ones (task-cancelled). Idempotent: each task records
 * the plan version it follows, so re-running the sync after a crash changes nothing twice.
 */
@Service
public class TaskSync {

    public static final String SYSTEM = "system:plan-amendment";
    private static final int ATTEMPTS = 5;

    private final TaskStore store;
    private final Clock clock;

    public TaskSync(TaskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void sync(String planId, String planCode, int planVersion, int planYear, List<TaskDraft> drafts) {
        LocalDate today = LocalDate.now(clock);
        Set<String> wanted = new HashSet<>();
        for (TaskDraft draft : drafts) {
            wanted.add(draft.taskId());
            retry(() -> {
                TaskDocument existing = store.find(draft.taskId()).orElse(null);
                if (existing == null) {
                    Task.Assignment assignment = Task.assign(planId, planCode, planVersion, planYear, draft, today);
                    try {
                        store.insert(assignment.task(), assignment.events());
                    } catch (DuplicateKeyException raced) {
                        throw new OptimisticLockingFailureException("task inserted concurrently", raced);
                    }
                } else if (existing.getTask().planVersion() < planVersion) {
                    List<DomainEvent> events = existing.getTask().amend(planVersion, draft, today);
                    store.save(existing, events);
                }
            });
        }
        for (TaskDocument document : store.byPlan(planId)) {
            if (wanted.contains(document.getId())) {
                continue;
            }
            retry(() -> {
                TaskDocument fresh = store.find(document.getId()).orElseThrow();
                Task task = fresh.getTask();
                if (task.status().isOpen()) {
                    store.save(fresh, task.cancel(SYSTEM, "PLAN_AMENDED", clock.instant()));
                }
            });
        }
    }

    private static void retry(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
