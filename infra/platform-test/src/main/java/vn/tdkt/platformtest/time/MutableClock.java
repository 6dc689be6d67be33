package vn.tdkt.platformtest.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock tests move by hand, in the province's zone (Asia/Ho_Chi_Minh). Starts at 08:00 of the given day. */
public class MutableClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    public MutableClock(LocalDate day) {
        set(day);
    }

    public final void set(LocalDate day) {
        set(day.atTime(LocalTime.of(8, 0)));
    }

    public final void set(LocalDateTime localTime) {
        now = localTime.atZone(ZONE).toInstant();
    }

    public void plusDays(long days) {
        now = now.plusSeconds(days * 86_400);
    }

    public void plus(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
