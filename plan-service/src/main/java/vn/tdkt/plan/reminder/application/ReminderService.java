package vn.tdkt.plan.reminder.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.tdkt.plan.reminder.domain.TaskReminder;
import vn.tdkt.plan.reminder.persistence.TaskReminderStore;
import vn.tdkt.plan.task.application.TaskService;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/** Reads a task's reminders, for whoever may read the task (its units, province-wide roles). */
@Service
@RequiredArgsConstructor
public class ReminderService {

    private final TaskService tasks;
    private final TaskReminderStore reminders;

    /** The task's reminder ladder; empty while no step of it has come (404 for a task the caller may not read). */
    public Optional<TaskReminder> ofTask(TdktPrincipal caller, String taskId) {
        tasks.get(caller, taskId);
        return reminders.find(taskId).map(Versioned::value);
    }
}
