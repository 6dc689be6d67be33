package vn.tdkt.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tdkt.e2e.Api;
import vn.tdkt.e2e.Plans;
import vn.tdkt.e2e.TopicReader;
import vn.tdkt.localstack.kafka.TopicCatalog;
import vn.tdkt.localstack.service.ServiceProcess;

/**
 * Several instances per service (README "Several instances per service") and the faults that need them, F5 and F9,
 * on one local stack with three instances of each service: partitions shared and rebalanced, the schedulers kept
 * single by ShedLock (the reminder scan emits each ladder step once; the outbox relay's lock is held by one instance
 * at a time), and no effect doubled while instances come, go or die.
 */
class ThreeInstanceFaultsIT extends FaultSuite {

    static final int INSTANCES = 3;
    static final int DOSSIERS = SingleInstanceFaultsIT.DOSSIERS;
    static final Duration WORKLOAD_MAX = Duration.ofMinutes(15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    ThreeInstanceFaultsIT() {
        super(INSTANCES);
    }

    @Test
    @Order(1)
    void the_partitions_of_a_topic_are_shared_by_the_instances_and_rebalance_when_one_leaves_and_returns() {
        List<ServiceProcess> reporting = rig.stack.instances("reporting-service");
        FaultRig.await("each reporting instance to hold partitions", Duration.ofMinutes(2),
                () -> reporting.stream().allMatch(instance -> partitionsHeld(instance) >= 1));
        assertEveryPartitionAssignedOnce("reporting-service");
        System.out.println("  partitions of " + FaultRig.NOMINATION_EVENTS + " per reporting instance: "
                + held(reporting));

        ServiceProcess leaving = reporting.get(INSTANCES - 1);
        leaving.stop();
        List<ServiceProcess> staying = reporting.subList(0, INSTANCES - 1);
        FaultRig.await("the two others to take over its partitions", Duration.ofMinutes(2), () ->
                staying.stream().mapToInt(this::partitionsHeld).sum() == TopicCatalog.EVENT_TOPIC_PARTITIONS
                        && staying.stream().allMatch(instance -> partitionsHeld(instance) >= 1));
        assertEveryPartitionAssignedOnce("reporting-service");
        System.out.println("  after " + leaving.name() + " left: " + held(staying));

        leaving.start(FaultRig.STARTUP);
        FaultRig.await("the returning instance to get partitions again", Duration.ofMinutes(2),
                () -> partitionsHeld(leaving) >= 1);
        assertEveryPartitionAssignedOnce("reporting-service");
        System.out.println("  after " + leaving.name() + " returned: " + held(reporting));
    }

    @Test
    @Order(2)
    void shedlock_keeps_the_reminder_scan_single_and_each_ladder_step_is_emitted_once() {
        // three plan-service instances scan every 2 s; the task's 7-day reminder falls due today
        String planId = Plans.publishOneTask(rig.api("plan-service", "snv"), "F", "Kế hoạch kiểm thử nhiều phiên bản",
                "Nhiệm vụ ba phiên bản " + UUID.randomUUID().toString().substring(0, 6), "SYT", "VPUBND",
                LocalDate.now(ZONE).plusDays(7));
        FaultRig.await("a task-due event of the plan", Duration.ofMinutes(1), () -> !taskDueOffsets(planId).isEmpty());
        Workload.sleep(15_000); // several more scans on every instance

        Map<Integer, Integer> offsets = taskDueOffsets(planId);
        System.out.println("  task-due events of plan " + planId + " by ladder step (days before): " + offsets);
        assertThat(offsets).isNotEmpty();
        assertThat(offsets.values()).as("each ladder step emitted once, by one of three instances").containsOnly(1);
    }

    @Test
    @Order(3)
    void f5_consumer_group_churn_instances_join_and_leave_five_times() throws IOException {
        List<ServiceProcess> churning = new ArrayList<>();
        for (String service : List.of("reporting-service", "notification-service")) {
            churning.addAll(rig.stack.instances(service).subList(1, INSTANCES));
        }
        // paced to span the five cycles (each: two instances leave, then join again)
        FaultRig.FaultRun run = rig.underWorkload("F5", DOSSIERS, 4, DOSSIERS / 240.0, WORKLOAD_MAX);
        for (int cycle = 0; cycle < 5; cycle++) {
            int index = cycle % 2;
            List<ServiceProcess> moving = churning.stream()
                    .filter(instance -> instance.name().endsWith("-" + (index + 2))).toList();
            parallel(moving, ServiceProcess::stop);
            Workload.sleep(5_000);
            parallel(moving, instance -> instance.start(FaultRig.STARTUP));
        }
        FaultRig.Tally tally = run.settle("consumer-group-churn", Duration.ofMinutes(5));
        assertClean(tally);
        assertRelayLockHeldByOneInstanceAtATime();
    }

    @Test
    @Order(4)
    void f9_three_instances_share_the_partitions_and_one_is_killed_mid_flow() {
        List<ServiceProcess> killed = List.of(rig.stack.service("reporting-service-2"),
                rig.stack.service("notification-service-2"));
        FaultRig.FaultRun run = rig.underWorkload("F9", DOSSIERS, 6, 0, WORKLOAD_MAX)
                .afterAppraised(DOSSIERS * 2 / 5);
        assertThat(partitionsHeld(killed.get(0))).as("the instance about to die holds partitions").isPositive();

        rig.outOfOrder.sampleNow();
        rig.repeated.sampleNow();
        parallel(killed, ServiceProcess::kill);

        FaultRig.Tally tally = run.settle("one-of-three-killed", Duration.ofMinutes(6));
        List<ServiceProcess> survivors = rig.stack.instances("reporting-service").stream()
                .filter(ServiceProcess::isRunning).toList();
        assertThat(survivors.stream().mapToInt(this::partitionsHeld).sum())
                .as("the survivors hold every partition").isEqualTo(TopicCatalog.EVENT_TOPIC_PARTITIONS);
        assertClean(tally);
        parallel(killed, instance -> instance.start(FaultRig.STARTUP));
    }

    // ---- partitions ------------------------------------------------------------------------------------------

    /** Partitions of {@code tdkt.nomination.events} an instance's consumers hold, from its own Kafka client metrics. */
    private int partitionsHeld(ServiceProcess instance) {
        String scrape = Prometheus.scrape(rig.api(instance, "snv"));
        if (scrape == null) {
            return 0;
        }
        return (int) Prometheus.sumWhere(scrape, "kafka_consumer_coordinator_assigned_partitions",
                labels -> labels.getOrDefault("spring_id", "").startsWith(FaultRig.NOMINATION_EVENTS + ".consumer"));
    }

    private Map<String, Integer> held(List<ServiceProcess> instances) {
        Map<String, Integer> held = new TreeMap<>();
        instances.forEach(instance -> held.put(instance.name(), partitionsHeld(instance)));
        return held;
    }

    /** The group as the broker sees it: every partition of the topic assigned to exactly one member. */
    private void assertEveryPartitionAssignedOnce(String group) {
        try (Admin admin = rig.admin()) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS).get(group);
            List<Integer> partitions = new ArrayList<>();
            int holders = 0;
            for (MemberDescription member : description.members()) {
                List<Integer> mine = member.assignment().topicPartitions().stream()
                        .filter(partition -> partition.topic().equals(FaultRig.NOMINATION_EVENTS))
                        .map(TopicPartition::partition).toList();
                partitions.addAll(mine);
                holders += mine.isEmpty() ? 0 : 1;
            }
            assertThat(partitions).as("partitions of %s in group %s (%s members)", FaultRig.NOMINATION_EVENTS, group,
                    description.members().size()).hasSize(TopicCatalog.EVENT_TOPIC_PARTITIONS).doesNotHaveDuplicates();
            assertThat(holders).isGreaterThanOrEqualTo(2);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot describe group " + group, e);
        }
    }

    // ---- the reminder scan -----------------------------------------------------------------------------------

    /** The task-due events on {@code tdkt.plan.events} for the plan's tasks, counted by ladder step. */
    private Map<Integer, Integer> taskDueOffsets(String planId) {
        Map<Integer, Integer> offsets = new HashMap<>();
        for (TopicReader.Event event : TopicReader.readAll(rig.stack.bootstrapServers(), "tdkt.plan.events")) {
            if ("tdkt.plan.task-due.v1".equals(event.header("ce_type"))) {
                JsonNode payload = Api.JSON.readTree(event.payload());
                if (planId.equals(payload.path("planId").asText())) {
                    offsets.merge(payload.path("offsetDays").asInt(), 1, Integer::sum);
                }
            }
        }
        return offsets;
    }

    // ---- the outbox relay's lock -----------------------------------------------------------------------------

    private record Span(String instance, Instant from, Instant to) {
    }

    /**
     * Reads the relay's lock spans from every nomination-service instance's log (logged after taking the lock and
     * before releasing it, so the logged spans lie inside the real ones) and checks that no two instances' spans
     * overlap: ShedLock keeps the relay single across instances.
     */
    private void assertRelayLockHeldByOneInstanceAtATime() throws IOException {
        List<Span> spans = new ArrayList<>();
        Map<String, Integer> taken = new TreeMap<>();
        for (ServiceProcess instance : rig.stack.instances("nomination-service")) {
            Instant open = null;
            for (String line : Files.readAllLines(instance.logFile(), StandardCharsets.UTF_8)) {
                if (line.startsWith("===== local-stack: starting")) {
                    open = null; // a new incarnation: the old one's lock, if any, expired with it
                    continue;
                }
                if (!line.startsWith("{") || !line.contains("Outbox relay lock")) {
                    continue;
                }
                JsonNode entry = Api.JSON.readTree(line);
                String message = entry.path("message").asText();
                Instant at = Instant.parse(entry.path("@timestamp").asText());
                if (message.equals("Outbox relay lock taken")) {
                    open = at;
                    taken.merge(instance.name(), 1, Integer::sum);
                } else if (message.equals("Outbox relay lock releasing") && open != null) {
                    spans.add(new Span(instance.name(), open, at));
                    open = null;
                }
            }
            if (open != null) {
                spans.add(new Span(instance.name(), open, Instant.now()));
            }
        }
        spans.sort(Comparator.comparing(Span::from));
        System.out.println("  outbox relay lock: taken " + taken + " times, " + spans.size() + " spans over "
                + Set.copyOf(spans.stream().map(Span::instance).toList()).size() + " instance(s)");
        assertThat(spans).as("the relay took its lock").isNotEmpty();
        Span latest = spans.get(0);
        for (Span next : spans.subList(1, spans.size())) {
            assertThat(next.from()).as("%s took the relay lock while %s held it", next, latest)
                    .isAfterOrEqualTo(latest.to());
            latest = next.to().isAfter(latest.to()) ? next : latest;
        }
    }
}
