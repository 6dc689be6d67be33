package vn.tdkt.plan.reminder.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.contracts.plan.ReminderEvent;
import vn.tdkt.plan.reminder.domain.TaskReminder;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** Task reminders: read in one batch per scan, each saved on its own, version-guarded, with its events. */
@Repository
public class TaskReminderStore extends AggregateStore<TaskReminder, TaskReminderDocument> {

    public TaskReminderStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, TaskReminderDocument.class, TaskReminderDocument::new, TaskReminder::taskId,
                "task.not-found");
    }

    /** What a pass over reminders did. */
    public record Pass(int saved, int events, int conflicts) {
    }

    /**
     * Runs {@code step} on the reminder of each task (a new one for a task that has none: it is created only if the
     * step records something). A step returns the events to save with the reminder, or empty to leave it untouched.
     * Each reminder is saved alone and only if nobody saved it since it was read (a new one only if nobody created it):
     * a reminder another instance changed first is counted as a conflict and left for the next pass.
     */
    public Pass remind(Collection<String> taskIds,
            BiFunction<String, TaskReminder, Optional<List<ReminderEvent>>> step) {
        Map<String, TaskReminderDocument> existing = mongo.find(Query.query(Criteria.where("_id").in(taskIds)),
                TaskReminderDocument.class).stream()
                .collect(Collectors.toMap(TaskReminderDocument::getId, Function.identity()));
        int saved = 0;
        int events = 0;
        int conflicts = 0;
        for (String taskId : taskIds) {
            TaskReminderDocument document = existing.get(taskId);
            TaskReminder reminder = document == null ? TaskReminder.of(taskId) : document.getAggregate();
            Optional<List<ReminderEvent>> recorded = step.apply(taskId, reminder);
            if (recorded.isEmpty()) {
                continue;
            }
            try {
                if (document == null) {
                    insert(reminder, recorded.get());
                } else {
                    save(document, recorded.get());
                }
                saved++;
                events += recorded.get().size();
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                conflicts++;
            }
        }
        return new Pass(saved, events, conflicts);
    }
}
