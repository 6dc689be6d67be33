package vn.tdkt.plan.task.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        // the plan's tasks in one read; a retry after a concurrent write reads the one task again
        Map<String, TaskDocument> current = store.byPlan(planId).stream()
                .collect(Collectors.toMap(TaskDocument::getId, Function.identity()));
        Set<String> wanted = new HashSet<>();
        for (TaskDraft draft : drafts) {
            wanted.add(draft.taskId());
            retry(firstAttempt -> {
                TaskDocument existing = firstAttempt ? current.get(draft.taskId())
                        : store.find(draft.taskId()).orElse(null);
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
        for (TaskDocument document : current.values()) {
            if (wanted.contains(document.getId())) {
                continue;
            }
            retry(firstAttempt -> {
                TaskDocument fresh = firstAttempt ? document : store.find(document.getId()).orElseThrow();
                Task task = fresh.getTask();
                if (task.status().isOpen()) {
                    store.save(fresh, task.cancel(SYSTEM, "PLAN_AMENDED", clock.instant()));
                }
            });
        }
    }

    /** Runs {@code action} (told whether it is the first attempt) until no concurrent write gets in between. */
    private static void retry(Consumer<Boolean> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.accept(attempt == 1);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
