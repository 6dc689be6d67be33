package vn.tdkt.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules every {@link LockedJob} bean of the service. Each run takes the job's lock (ShedLock, on the service's
 * own MongoDB), does the work, and is counted by outcome: {@code ran}, {@code skipped} (another instance holds the
 * lock) or {@code failed} (logged with the job's name; the next run comes on schedule, as with {@code @Scheduled}).
 */
public class LockedJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LockedJobs.class);

    /** What became of one run. */
    public enum Outcome { RAN, SKIPPED, FAILED }

    private final List<LockedJob> jobs;
    private final LockingTaskExecutor locks;
    private final MeterRegistry meters;

    public LockedJobs(List<LockedJob> jobs, LockingTaskExecutor locks, MeterRegistry meters) {
        this.jobs = List.copyOf(jobs);
        this.locks = locks;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        jobs.forEach(job -> registrar.addTriggerTask(() -> run(job), job.trigger()));
    }

    /** One run of {@code job}, now, under its lock. */
    public Outcome run(LockedJob job) {
        long started = System.nanoTime();
        Outcome outcome;
        try {
            boolean ran = locks.executeWithLock(() -> {
                job.work().run();
                return null;
            }, new LockConfiguration(ClockProvider.now(), job.name(), job.lockAtMostFor(), Duration.ZERO))
                    .wasExecuted();
            outcome = ran ? Outcome.RAN : Outcome.SKIPPED;
        } catch (Error error) {
            throw error;
        } catch (Throwable failure) {
            outcome = Outcome.FAILED;
            log.warn("Job {} failed; it runs again on schedule", job.name(), failure);
        }
        meters.counter("tdkt.job.runs", "job", job.name(), "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment();
        log.debug("Job {}: {} in {} ms", job.name(), outcome, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return outcome;
    }
}
