package vn.tdkt.notification.escalation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the chain climbs, counted in calendar days after the due date (default: the head on day +7, the level above
 * on day +14), from the start of that day in the province's zone; for an item first reported late, counted from the
 * day its unit was told. Escalation notices are urgent by default
 * ({@code tdkt.notification.urgent-kinds}), so quiet hours do not hold them.
 */
public record EscalationOffsets(int headAfterDays, int parentAfterDays, ZoneId zone) {

    public EscalationOffsets {
        Objects.requireNonNull(zone, "zone");
        if (headAfterDays < 0 || parentAfterDays < headAfterDays) {
            throw new IllegalArgumentException("0 <= head-after <= parent-after");
        }
    }

    /**
     * The head's step of a case opened at {@code openedAt}: day +7, but never sooner after the unit was first told
     * than day +1 is before day +7. An item that was late before anyone could be told (a plan published after its
     * date) gives its unit the same days to act before its head hears of it.
     */
    public Instant headAt(LocalDate dueDate, Instant openedAt) {
        return headDay(dueDate, openedAt).atStartOfDay(zone).toInstant();
    }

    /** The level above's step of a case opened at {@code openedAt}: as long after the head's step as day +14 is. */
    public Instant parentAt(LocalDate dueDate, Instant openedAt) {
        LocalDate afterHead = headDay(dueDate, openedAt).plusDays(parentAfterDays - headAfterDays);
        LocalDate nominal = dueDate.plusDays(parentAfterDays);
        return (afterHead.isAfter(nominal) ? afterHead : nominal).atStartOfDay(zone).toInstant();
    }

    private LocalDate headDay(LocalDate dueDate, Instant openedAt) {
        LocalDate nominal = dueDate.plusDays(headAfterDays);
        LocalDate afterTold = LocalDate.ofInstant(openedAt, zone).plusDays(Math.max(0, headAfterDays - 1));
        return afterTold.isAfter(nominal) ? afterTold : nominal;
    }
}
