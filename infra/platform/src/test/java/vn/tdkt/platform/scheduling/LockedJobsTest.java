package vn.tdkt.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/** A locked job runs under its ShedLock lock on the real MongoDB wire server, and every run is counted. */
class LockedJobsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private MongoLockProvider lockProvider;


    private LockedJobs jobs(LockedJob... jobs) {
        lockProvider = new MongoLockProvider(
                SharedMongoServer.freshDatabase("locked-jobs").getDb());
        return new LockedJobs(List.of(jobs), new DefaultLockingTaskExecutor(lockProvider), meters);
    }

    private double runs(String job, String outcome) {
        return meters.counter("tdkt.job.runs", "job", job, "outcome", outcome).count();
    }

    @Test
    void a_run_does_the_work_under_the_lock_and_is_counted() {
        AtomicInteger done = new AtomicInteger();
        LockedJob job = LockedJob.every("scan", Duration.ofMinutes(1), Duration.ZERO, done::incrementAndGet);
        LockedJobs scheduler = jobs(job);

        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.RAN);
        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.RAN);

        assertThat(done).hasValue(2);
        assertThat(runs("scan", "ran")).isEqualTo(2);
    }

    @Test
    void while_another_instance_holds_the_lock_the_run_is_skipped() {
        AtomicInteger done = new AtomicInteger();
        LockedJob job = LockedJob.every("digest", Duration.ofMinutes(1), Duration.ZERO, done::incrementAndGet);
        LockedJobs scheduler = jobs(job);
        SimpleLock otherInstance = lockProvider.lock(new LockConfiguration(ClockProvider.now(), "digest",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();

        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.SKIPPED);
        assertThat(done).hasValue(0);
        assertThat(runs("digest", "skipped")).isEqualTo(1);

        otherInstance.unlock();
        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.RAN);
        assertThat(done).hasValue(1);
    }

    @Test
    void a_failing_run_is_counted_and_does_not_stop_the_schedule() {
        LockedJob job = LockedJob.every("broken", Duration.ofMinutes(1), Duration.ZERO, () -> {
            throw new IllegalStateException("no data");
        });
        LockedJobs scheduler = jobs(job);

        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.FAILED);
        assertThat(scheduler.run(job)).isEqualTo(LockedJobs.Outcome.FAILED);
        assertThat(runs("broken", "failed")).isEqualTo(2);
    }

    @Test
    void the_jobs_are_registered_with_their_triggers_and_run_on_schedule() throws Exception {
        CountDownLatch ran = new CountDownLatch(2);
        LockedJob job = LockedJob.every("tick", Duration.ofMillis(50), Duration.ZERO, ran::countDown);
        LockedJob nightly = LockedJob.cron("nightly", "0 10 0 * * *", ZoneId.of("Asia/Ho_Chi_Minh"), () -> { })
                .withLockAtMostFor(Duration.ofMinutes(5));
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        registrar.setTaskScheduler(scheduler);
        try {
            jobs(job, nightly).configureTasks(registrar);
            registrar.afterPropertiesSet();

            assertThat(registrar.getTriggerTaskList()).hasSize(2);
            assertThat(registrar.getTriggerTaskList().get(1).getTrigger()).isInstanceOf(CronTrigger.class);
            assertThat(nightly.lockAtMostFor()).isEqualTo(Duration.ofMinutes(5));
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            registrar.destroy();
            scheduler.shutdown();
        }
    }
}
