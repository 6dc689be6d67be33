package vn.tdkt.notification.escalation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the chain climbs, counted in calendar days after the due date (default: the head on day +7, the level above
 * on day +14), from the start of that day in the province's zone. Escalation notices are urgent by default
 * ({@code tdkt.notification.urgent-kinds}), so quiet hours do not hold them.
 */
public record EscalationOffsets(int headAfterDays, int parentAfterDays, ZoneId zone) {

    public EscalationOffsets {
        Objects.requireNonNull(zone, "zone");
        if (headAfterDays < 0 || parentAfterDays < headAfterDays) {
            throw new IllegalArgumentException("0 <= head-after <= parent-after");
        }
    }

    public Instant headAt(LocalDate dueDate) {
        return dueDate.plusDays(headAfterDays).atStartOfDay(zone).toInstant();
    }

    public Instant parentAt(LocalDate dueDate) {
        return dueDate.plusDays(parentAfterDays).atStartOfDay(zone).toInstant();
    }
}
