package vn.tdkt.localstack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A JVM child process whose output goes to a log file: start, graceful stop (SIGTERM, wait, then SIGKILL), and the
 * tail of its log for error messages.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;

    /** Starts {@code command}, appending stdout and stderr to {@code logFile}. */
    public static ChildProcess start(String name, ProcessBuilder builder, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, System.lineSeparator() + "===== local-stack: starting " + name + " at "
                    + Instant.now() + " =====" + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = builder.start();
            // Nothing is ever written to the child's stdin; closing it avoids a dangling pipe.
            process.getOutputStream().close();
            log.debug("Started {} (pid {}): {}", name, process.pid(), builder.command());
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " with " + builder.command(), e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * SIGTERM first so that the JVM runs its shutdown hooks (Kafka flushes its logs and closes cleanly, Spring
     * closes its context); SIGKILL only if that takes longer than {@code grace}.
     */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {} s, killing it", name, grace.toSeconds());
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGKILL at once, as a crash would: no shutdown hooks run. Returns when the process is gone. */
    public void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The last lines of the log, to put in an exception message when the process failed. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    public String name() {
        return name;
    }

    /** Waits for the process to end by itself; its exit code, or empty if it still runs after {@code timeout}. */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.empty();
        }
    }

    /** Exit code if the process ended, for messages. */
    public String exitDescription() {
        return process.isAlive() ? "running" : "exited with code " + process.exitValue();
    }
}
