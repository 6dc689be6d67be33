package vn.tdkt.localstack.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The current incarnation of a child JVM that can be stopped and started again (the Kafka broker, a service).
 * Launching happens under the lock; waiting for readiness must happen outside it, so that {@link #stop} from a
 * shutdown hook is never blocked by a slow start.
 */
public final class RestartableChild {

    private ChildProcess current;

    /** Launches a new incarnation unless one is alive; returns it, or {@code null} if one was already running. */
    public synchronized ChildProcess launchIfStopped(Supplier<ChildProcess> launcher) {
        if (isRunning()) {
            return null;
        }
        current = launcher.get();
        return current;
    }

    /** Stops the current incarnation (SIGTERM, then SIGKILL after {@code grace}); false if none was running. */
    public boolean stop(Duration grace) {
        ChildProcess stopping;
        synchronized (this) {
            stopping = current;
            current = null;
        }
        if (stopping == null) {
            return false;
        }
        stopping.stop(grace);
        return true;
    }

    /** Kills the current incarnation with SIGKILL (a crash); false if none was running. */
    public boolean kill() {
        ChildProcess killing;
        synchronized (this) {
            killing = current;
            current = null;
        }
        if (killing == null) {
            return false;
        }
        killing.kill();
        return true;
    }

    /**
     * Waits for the current incarnation to end by itself (a crash, a halt); its exit code, or empty if none was
     * started or it still runs after {@code timeout}.
     */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        ChildProcess watched;
        synchronized (this) {
            watched = current;
        }
        return watched == null ? java.util.OptionalInt.empty() : watched.awaitExit(timeout);
    }

    public synchronized boolean isRunning() {
        return current != null && current.isAlive();
    }

    /** The process id, or -1 when nothing is running. */
    public synchronized long pid() {
        return isRunning() ? current.pid() : -1;
    }
}
