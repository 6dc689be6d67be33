package vn.tdkt.platform.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** UUIDv7 identifiers (RFC 9562): time-ordered, so ids sort by creation and index well. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        return uuidV7(System.currentTimeMillis()).toString();
    }

    public static String newId(Clock clock) {
        return uuidV7(clock.millis()).toString();
    }

    static UUID uuidV7(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
