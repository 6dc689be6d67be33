package vn.tdkt.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.PlanServiceApplication;
import vn.tdkt.plan.plan.domain.TaskInput;
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.platformtest.time.MutableClockConfiguration;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/**
 * Two application contexts on one database: a restart in the middle of a ladder, and two instances scanning at
 * the same moment. Each ladder step must come out exactly once.
 */
class ReminderRestartAndRaceTest {

    /**
     * One instance of the service on {@code database}, with the test binder as every Spring test has
     * ({@code ServiceTest}): without it, the Kafka binder waits a minute per binding for a broker that is not there.
     */
    static ConfigurableApplicationContext start(String database, LocalDate today) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanServiceApplication.class,
                MutableClockConfiguration.class, TestChannelBinderConfiguration.class)
                .run("--spring.mongodb.uri=" + SharedMongoServer.uri(), "--spring.mongodb.database=" + database,
                        "--tdkt.outbox.enabled=false", "--tdkt.reminder.scheduled=false", "--server.port=0",
                        "--spring.jmx.enabled=false", "--spring.main.banner-mode=off");
        context.getBean(MutableClock.class).set(today);
        return context;
    }

    static List<String> stepKeys(MongoTemplate mongo) {
        List<String> keys = new ArrayList<>();
        for (OutboxEntry entry : Outbox.all(mongo)) {
            if (entry.type().equals(EventTypes.TASK_DUE.type()) || entry.type().equals(EventTypes.TASK_OVERDUE.type())) {
                keys.add(entry.subject() + " " + ReminderLadderFlowTest.describe(entry));
            }
        }
        return keys;
    }

    @Test
    void a_restart_in_the_middle_continues_without_repeats() {
        String database = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate due = LocalDate.of(2025, 7, 31);
        String task;
        List<String> beforeRestart;
        try (ConfigurableApplicationContext first = start(database, LocalDate.of(2025, 7, 1))) {
            task = Plans.publish(first, "R1/KH", 2025, List.of(Plans.due("Báo cáo", due, "SNV"))).get(0);
            MutableClock clock = first.getBean(MutableClock.class);
            for (LocalDate day = LocalDate.of(2025, 7, 1); !day.isAfter(LocalDate.of(2025, 7, 24)); day = day.plusDays(1)) {
                clock.set(day);
                first.getBean(ReminderScanner.class).scan();
            }
            beforeRestart = stepKeys(first.getBean(MongoTemplate.class));
        }
        assertThat(beforeRestart).containsExactly(task + " due:14@2025-07-17", task + " due:7@2025-07-24");

        try (ConfigurableApplicationContext second = start(database, LocalDate.of(2025, 7, 24))) {
            MutableClock clock = second.getBean(MutableClock.class);
            for (LocalDate day = LocalDate.of(2025, 7, 24); !day.isAfter(LocalDate.of(2025, 8, 10)); day = day.plusDays(1)) {
                clock.set(day);
                second.getBean(ReminderScanner.class).scan();
            }
            assertThat(stepKeys(second.getBean(MongoTemplate.class))).containsExactly(
                    task + " due:14@2025-07-17", task + " due:7@2025-07-24", task + " due:3@2025-07-28",
                    task + " due:1@2025-07-30", task + " overdue:1@2025-08-01", task + " overdue:7!@2025-08-07");
        }
    }

    @Test
    void two_instances_scanning_at_once_emit_each_step_once() throws Exception {
        String database = "race-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.of(2025, 7, 14);
        try (ConfigurableApplicationContext a = start(database, start);
             ConfigurableApplicationContext b = start(database, start)) {
            List<TaskInput> inputs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                inputs.add(Plans.due("Nhiệm vụ " + i, LocalDate.of(2025, 7, 28).plusDays(i % 5), "SNV", "SYT"));
            }
            List<String> taskIds = Plans.publish(a, "R2/KH", 2025, inputs);
            ReminderScanner scannerA = a.getBean(ReminderScanner.class);
            ReminderScanner scannerB = b.getBean(ReminderScanner.class);
            int conflicts = 0;
            for (LocalDate day = start; !day.isAfter(LocalDate.of(2025, 8, 15)); day = day.plusDays(1)) {
                a.getBean(MutableClock.class).set(day);
                b.getBean(MutableClock.class).set(day);
                CyclicBarrier barrier = new CyclicBarrier(2);
                CompletableFuture<ReminderScanner.ScanResult> ra = CompletableFuture.supplyAsync(() -> {
                    await(barrier);
                    return scannerA.scanLadders(a.getBean(MutableClock.class).today());
                });
                CompletableFuture<ReminderScanner.ScanResult> rb = CompletableFuture.supplyAsync(() -> {
                    await(barrier);
                    return scannerB.scanLadders(b.getBean(MutableClock.class).today());
                });
                conflicts += ra.get().conflicts() + rb.get().conflicts();
            }
            List<String> keys = stepKeys(a.getBean(MongoTemplate.class));
            Map<String, Integer> counts = new HashMap<>();
            keys.forEach(key -> counts.merge(key, 1, Integer::sum));
            assertThat(counts.values()).allMatch(count -> count == 1);
            // every task got its full ladder: 4 before (some merged by the weekend shift) and 2 after
            for (String id : taskIds) {
                assertThat(keys.stream().filter(key -> key.startsWith(id + " overdue:"))).hasSize(2);
                assertThat(keys.stream().filter(key -> key.startsWith(id + " due:"))).hasSizeBetween(3, 4);
            }
            // the race was real: at least once both instances computed the same step and one lost the version check
            assertThat(conflicts).isPositive();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
