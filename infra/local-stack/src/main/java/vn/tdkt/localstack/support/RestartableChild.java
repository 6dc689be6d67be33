package vn.tdkt.localstack.support;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child JVM of the local stack that can be stopped, killed and started again (the Kafka broker, a service): the
 * lifecycle both share, around the current incarnation ({@link ChildProcess}). Launching happens under the lock;
 * waiting for readiness happens outside it, so that {@link #stop} from a shutdown hook is never blocked by a slow
 * start.
 */
public abstract class RestartableChild implements AutoCloseable {

    /** The subclass's logger, so that lifecycle lines keep their component's category. */
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Duration shutdownGrace;
    private ChildProcess current;

    /** @param shutdownGrace how long {@link #stop()} waits after SIGTERM before it sends SIGKILL */
    protected RestartableChild(Duration shutdownGrace) {
        this.shutdownGrace = shutdownGrace;
    }

    /** How log lines name this child, e.g. {@code Kafka broker on port 9092} or {@code plan-service}. */
    protected abstract String description();

    /**
     * Launches a new incarnation unless one is alive, then waits for it with {@code awaitReady} (outside the lock); if
     * that fails, the incarnation is stopped again and the failure rethrown.
     */
    protected final void launch(Supplier<ChildProcess> launcher, Consumer<ChildProcess> awaitReady) {
        ChildProcess launched = launchIfStopped(launcher);
        if (launched == null) {
            return;
        }
        try {
            awaitReady.accept(launched);
        } catch (RuntimeException e) {
            try {
                stop();
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    private synchronized ChildProcess launchIfStopped(Supplier<ChildProcess> launcher) {
        if (isRunning()) {
            return null;
        }
        current = launcher.get();
        return current;
    }

    /** SIGTERM (a graceful shutdown), then SIGKILL after the grace period; returns when the process has exited. */
    public void stop() {
        ChildProcess stopping = detach();
        if (stopping != null) {
            stopping.stop(shutdownGrace);
            log.info("{} stopped", description());
        }
    }

    /** SIGKILL, as a crash would: no graceful shutdown, nothing flushed. Starting again brings it back. */
    public void kill() {
        ChildProcess killing = detach();
        if (killing != null) {
            killing.kill();
            log.info("{} killed (SIGKILL)", description());
        }
    }

    /** Forgets the current incarnation and returns it, or {@code null} if none was running. */
    private synchronized ChildProcess detach() {
        ChildProcess detached = current;
        current = null;
        return detached;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits for the current incarnation to end by itself (a crash, a halt by a fault-injection seam); its exit code,
     * or empty if none was started or it still runs after {@code timeout}.
     */
    public OptionalInt awaitExit(Duration timeout) {
        ChildProcess watched;
        synchronized (this) {
            watched = current;
        }
        return watched == null ? OptionalInt.empty() : watched.awaitExit(timeout);
    }

    public synchronized boolean isRunning() {
        return current != null && current.isAlive();
    }

    /** The process id, or -1 when it is not running. */
    public synchronized long pid() {
        return isRunning() ? current.pid() : -1;
    }
}
