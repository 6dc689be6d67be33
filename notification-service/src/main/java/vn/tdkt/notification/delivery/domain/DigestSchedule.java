package vn.tdkt.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The daily digest goes out at {@code sendAt} (local time). A notice held before that time belongs to that day's
 * digest; one held after it, to the next day's.
 */
public record DigestSchedule(LocalTime sendAt, ZoneId zone) {

    public DigestSchedule {
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate dayFor(Instant heldAt) {
        ZonedDateTime local = heldAt.atZone(zone);
        return local.toLocalTime().isBefore(sendAt) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    /** The latest digest day whose send time has come at {@code now}. */
    public LocalDate lastDueDay(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return local.toLocalTime().isBefore(sendAt) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
