package vn.tdkt.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Quiet hours (default 22:00–06:30, Asia/Ho_Chi_Minh): e-mails and webhooks that fall inside are deferred to the
 * end, never dropped. A window that crosses midnight (start after end) is the usual case; a window within one day
 * (start before end) works too; equal start and end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    public boolean contains(Instant instant) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code instant} itself outside quiet hours, otherwise the end of the quiet hours it falls in. */
    public Instant deferUntil(Instant instant) {
        if (!contains(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        // inside a window that crosses midnight, before midnight: the window ends tomorrow
        if (start.isAfter(end) && !local.toLocalTime().isBefore(start)) {
            day = day.plusDays(1);
        }
        return day.atTime(end).atZone(zone).toInstant();
    }
}
