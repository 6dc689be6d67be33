package vn.tdkt.platform.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * Work a service runs on a schedule, on one instance at a time. Declare it as a bean; the platform
 * ({@link LockedJobs}) schedules it, runs it under the ShedLock lock of its {@code name} and counts every run as
 * {@code tdkt_job_runs_total{job, outcome}}. The lock only saves work: a job must stay correct when two instances
 * run it at once (a version-guarded write, a deterministic id).
 *
 * <pre>{@code
 * @Bean
 * LockedJob reportLadderScan(ReportLadderScanner scanner, @Value("${...scan-interval:PT1M}") Duration interval) {
 *     return LockedJob.every("report-ladder-scan", interval, Duration.ofSeconds(15), scanner::scan);
 * }
 * }</pre>
 *
 * @param name          the lock's name, unique in the service; also the {@code job} tag of the run counter
 * @param trigger       when it runs
 * @param lockAtMostFor how long a crashed instance can keep the others from running it
 * @param work          what it does; an exception is logged and counted, and the next run comes on schedule
 */
public record LockedJob(String name, Trigger trigger, Duration lockAtMostFor, Runnable work) {

    /** Long enough for any scan this platform runs; shorten it for a job that must resume soon after a crash. */
    public static final Duration DEFAULT_LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

    public LockedJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(lockAtMostFor, "lockAtMostFor");
        Objects.requireNonNull(work, "work");
    }

    /** Runs {@code interval} after the previous run ended; the first run {@code initialDelay} after start-up. */
    public static LockedJob every(String name, Duration interval, Duration initialDelay, Runnable work) {
        PeriodicTrigger trigger = new PeriodicTrigger(interval);
        trigger.setInitialDelay(initialDelay);
        return new LockedJob(name, trigger, DEFAULT_LOCK_AT_MOST_FOR, work);
    }

    /** Runs at the times of a Spring cron expression ({@code "0 10 0 * * *"}: every day at 00:10) in {@code zone}. */
    public static LockedJob cron(String name, String expression, ZoneId zone, Runnable work) {
        return new LockedJob(name, new CronTrigger(expression, zone), DEFAULT_LOCK_AT_MOST_FOR, work);
    }

    public LockedJob withLockAtMostFor(Duration limit) {
        return new LockedJob(name, trigger, limit, work);
    }
}
