package vn.tdkt.platform.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The W3C trace context of the work in progress on this thread. An HTTP request or an inbound event sets it;
 * the outbox copies it into {@code ce_traceparent} so a chain of events can be followed across services.
 */
public final class TraceContext {

    public static final String MDC_KEY = "traceparent";
    private static final Pattern VALID = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    /** Continues the caller's trace with a new span id, or starts a new trace when none (or junk) is given. */
    public static String continueFrom(String incoming) {
        if (incoming != null && VALID.matcher(incoming).matches()) {
            return incoming.substring(0, 36) + randomHex(8) + incoming.substring(52);
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    public static void set(String traceparent) {
        CURRENT.set(traceparent);
        MDC.put(MDC_KEY, traceparent);
    }

    public static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }

    public static String currentOrNew() {
        String current = CURRENT.get();
        return current != null ? current : continueFrom(null);
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
