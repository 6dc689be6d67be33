package vn.tdkt.plan.reminder.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.reminder.application.ReminderService;
import vn.tdkt.plan.reminder.domain.LadderMark;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/** A task's reminder ladder: which steps were sent or skipped, for which due date. */
@Tag(name = "Nhắc hạn (reminders)", description = "Thang nhắc hạn của từng nhiệm vụ: các mốc 14, 7, 3, 1 ngày trước "
        + "hạn và 1, 7 ngày sau hạn đã gửi hay bỏ qua, cho hạn nào. — A task's reminder ladder: which steps (14, 7, "
        + "3, 1 days before the due date; 1 and 7 days after) were sent or skipped, for which due date.")
@RestController
@PreAuthorize(Roles.ANY)
@RequiredArgsConstructor
public class ReminderController {

    private final ReminderService reminders;

    /** @param steps the handled steps, keyed {@code due:7@2025-06-30}; empty before the first step */
    public record LadderView(String taskId, LocalDate dueDate, LocalDate ladderStartedOn, List<LadderMark> steps) {
    }

    /**
     * Shows a task's reminder ladder.
     * <p>Readable by whoever may read the task (a unit officer: tasks their unit leads or coordinates; another unit's
     * task answers 404). Each step handled so far is listed with its key ({@code due:7@2025-06-30}: seven days before
     * the due date 30/06/2025), whether it was sent or skipped and when. A task whose ladder has not started yet
     * answers an empty list.
     *
     * @param id the task id
     * @return the due date the ladder belongs to, the day it started, and the steps handled
     */
    @GetMapping("/api/v1/tasks/{id}/reminders")
    public LadderView ladder(TdktPrincipal caller, @PathVariable String id) {
        return reminders.ofTask(caller, id)
                .map(reminder -> new LadderView(id, reminder.dueDate(), reminder.ladderStartedOn(), reminder.marks()))
                .orElseGet(() -> new LadderView(id, null, null, List.of()));
    }
}
