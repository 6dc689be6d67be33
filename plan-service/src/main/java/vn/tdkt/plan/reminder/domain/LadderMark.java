package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;

/**
 * A reminder-ladder step that was handled for a task: emitted or deliberately skipped. The key names the step
 * and the due date it belongs to (e.g. {@code due:7@2025-06-30}), so a new due date starts a fresh ladder and a
 * step is never handled twice for the same due date.
 */
public record LadderMark(String key, State state, LocalDate reminderDate, LocalDate handledOn) {

    public enum State {
        EMITTED, SKIPPED
    }
}
