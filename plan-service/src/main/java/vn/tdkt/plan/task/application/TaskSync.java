package vn.tdkt.plan.task.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import lombok.RequiredArgsConstructor;

/**
 * Brings the task aggregates of a plan in line with a published plan version: inserts new tasks (task-assigned per
 * unit), amends changed ones (task-updated), cancels removed ones (task-cancelled). Idempotent: each task records
 * the plan version it follows, so re-running the sync after a crash changes nothing twice.
 */
@Service
@RequiredArgsConstructor
public class TaskSync {

    public static final String SYSTEM = "system:plan-amendment";
    private static final int ATTEMPTS = 5;

    private final TaskStore store;
    private final Clock clock;

    public void sync(String planId, String planCode, int planVersion, int planYear, List<TaskDraft> drafts) {
        LocalDate today = LocalDate.now(clock);
        // the plan's tasks in one read, to skip those already in line; a change re-reads the one task it changes
        Map<String, Task> current = store.byPlan(planId).stream().map(Versioned::value)
                .collect(Collectors.toMap(Task::id, Function.identity()));
        Set<String> wanted = new HashSet<>();
        for (TaskDraft draft : drafts) {
            wanted.add(draft.taskId());
            Task existing = current.get(draft.taskId());
            if (existing == null) {
                retry(() -> {
                    try {
                        store.insert(Task.assign(planId, planCode, planVersion, planYear, draft, today));
                    } catch (DuplicateKeyException raced) {
                        store.update(draft.taskId(), VersionPrecondition.none(),
                                task -> task.amend(planVersion, draft, today));
                    }
                });
            } else if (existing.planVersion() < planVersion) {
                retry(() -> store.update(draft.taskId(), VersionPrecondition.none(),
                        task -> task.amend(planVersion, draft, today)));
            }
        }
        for (Task task : current.values()) {
            if (!wanted.contains(task.id()) && task.status().isOpen()) {
                retry(() -> store.update(task.id(), VersionPrecondition.none(),
                        fresh -> fresh.status().isOpen() ? fresh.cancel(SYSTEM, "PLAN_AMENDED", clock.instant())
                                : List.of()));
            }
        }
    }

    /** Runs {@code action} until no concurrent write gets in between. */
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
