package vn.tdkt.plan.reminder.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.reminder.application.ReminderService;
import vn.tdkt.plan.reminder.domain.LadderMark;
import vn.tdkt.platform.security.TdktPrincipal;

/** A task's reminder ladder: which steps were sent or skipped, for which due date. */
@RestController
public class ReminderController {

    private final ReminderService reminders;

    public ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    /** @param steps the handled steps, keyed {@code due:7@2025-06-30}; empty before the first step */
    public record LadderView(String taskId, LocalDate dueDate, LocalDate ladderStartedOn, List<LadderMark> steps) {
    }

    @GetMapping("/api/v1/tasks/{id}/reminders")
    public LadderView ladder(TdktPrincipal caller, @PathVariable String id) {
        return reminders.ofTask(caller, id)
                .map(reminder -> new LadderView(id, reminder.dueDate(), reminder.ladderStartedOn(), reminder.marks()))
                .orElseGet(() -> new LadderView(id, null, null, List.of()));
    }
}
