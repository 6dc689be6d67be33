package vn.tdkt.notification.support;

import java.time.Clock;
import java.time.Instant;

/** The context's clock, for helpers started before the context (the webhook receiver checks timestamps by it). */
final class Clocks {

    private static volatile Clock clock = Clock.systemUTC();

    private Clocks() {
    }

    static void use(Clock contextClock) {
        clock = contextClock;
    }

    static Instant now() {
        return clock.instant();
    }
}
