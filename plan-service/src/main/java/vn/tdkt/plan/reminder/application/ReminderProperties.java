package vn.tdkt.plan.reminder.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.plan.reminder.domain.LadderPolicy;

/**
 * {@code tdkt.reminder.*}: the ladder offsets, the scan interval and the scan window.
 *
 * @param dueOffsets          days before the due date (task-due), default 14, 7, 3, 1
 * @param overdueOffsets      days after the due date (task-overdue), default 1, 7
 * @param escalateOffset      the after-due offset that escalates to the unit head, default 7
 * @param scanInterval        delay between scans, default one minute
 * @param shiftAllowanceDays  widest run of non-working days a reminder can be moved across (Tết: 9), default 10;
 *                            widens the due-date window so shifted reminders are never missed
 * @param scheduled           false turns the scheduled scan off (tests drive {@code ReminderScanner.scan()})
 * @param quarterRecheckOverlap how far before the previous pass the quarter digest looks again for changed tasks,
 *                            so that a write committed late (or a clock a little behind) is not missed; default 10 min
 * @param quarterDigestMaxTasks most tasks one quarter-opened digest lists (earliest due first; the event also
 *                            carries the full count), default 100 — keeps the event far below Kafka's message limit
 * @param lateLookbackDays    how far before the scan window the scan looks for open tasks never told they are late (a
 *                            plan published after their date), default 366 (a plan's year)
 */
@ConfigurationProperties("tdkt.reminder")
public record ReminderProperties(List<Integer> dueOffsets, List<Integer> overdueOffsets, Integer escalateOffset,
                                 Duration scanInterval, Integer shiftAllowanceDays, Boolean scheduled,
                                 Duration quarterRecheckOverlap, Integer quarterDigestMaxTasks,
                                 Integer lateLookbackDays) {

    public ReminderProperties {
        dueOffsets = dueOffsets == null ? List.of(14, 7, 3, 1) : List.copyOf(dueOffsets);
        overdueOffsets = overdueOffsets == null ? List.of(1, 7) : List.copyOf(overdueOffsets);
        escalateOffset = escalateOffset == null ? 7 : escalateOffset;
        scanInterval = scanInterval == null ? Duration.ofMinutes(1) : scanInterval;
        shiftAllowanceDays = shiftAllowanceDays == null ? 10 : shiftAllowanceDays;
        scheduled = scheduled == null || scheduled;
        quarterRecheckOverlap = quarterRecheckOverlap == null ? Duration.ofMinutes(10) : quarterRecheckOverlap;
        quarterDigestMaxTasks = quarterDigestMaxTasks == null ? 100 : quarterDigestMaxTasks;
        lateLookbackDays = lateLookbackDays == null ? 366 : lateLookbackDays;
        if (quarterDigestMaxTasks < 1) {
            throw new IllegalArgumentException("tdkt.reminder.quarter-digest-max-tasks must be at least 1");
        }
    }

    public LadderPolicy policy() {
        return new LadderPolicy(dueOffsets, overdueOffsets, escalateOffset);
    }
}
