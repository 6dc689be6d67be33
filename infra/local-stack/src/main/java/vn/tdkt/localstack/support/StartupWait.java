package vn.tdkt.localstack.support;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

/**
 * Waiting for a just-launched child to become ready: between two readiness checks, it fails at once, with the end
 * of the child's log, when the child has exited or {@code timeout} (counted from the construction) is up, rather
 * than waiting on a dead process. {@code what} names the child in messages, e.g. {@code Kafka broker}.
 */
@RequiredArgsConstructor
public final class StartupWait {

    private static final int LOG_TAIL_LINES = 40;

    private final ChildProcess child;
    private final String what;
    private final Duration timeout;
    private final long startedAt = System.nanoTime();

    /** Throws if the child has exited or the time is up; otherwise sleeps {@code interval} before the next check. */
    public void pause(Duration interval) {
        if (!child.isAlive()) {
            throw new IllegalStateException(what + " " + child.exitDescription() + "; last lines of "
                    + child.logFile() + ":" + System.lineSeparator() + child.logTail(LOG_TAIL_LINES));
        }
        if (System.nanoTime() - startedAt > timeout.toNanos()) {
            throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s; see "
                    + child.logFile() + ":" + System.lineSeparator() + child.logTail(LOG_TAIL_LINES));
        }
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }
}
