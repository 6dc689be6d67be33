package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;

/**
 * One step of a duty's reminder ladder for one deadline.
 *
 * @param key          {@code due:7@2026-06-15}, {@code overdue:1@2026-06-15}: the step and the deadline it belongs to
 * @param overdue      after the deadline ({@code report-overdue}); else before it ({@code report-due})
 * @param reminderDate the nominal date moved off non-working days
 */
public record LadderStep(String key, boolean overdue, int offsetDays, LocalDate deadline, LocalDate reminderDate,
        boolean escalate) {

    static String key(boolean overdue, int offsetDays, LocalDate deadline) {
        return (overdue ? "overdue" : "due") + ":" + offsetDays + "@" + deadline;
    }
}
