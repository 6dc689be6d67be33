package vn.tdkt.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.tdkt.localstack.service.ServiceProcess;

/**
 * Faults F1–F4 and F6–F8 of the fault suite ({@code ./mvnw -Pfaults verify}, README "Fault suite"), one after the
 * other on one local stack with one instance of each service. Each fault runs under its own workload of
 * {@value #DOSSIERS} dossiers (three events each), then counts what was lost, doubled or reordered from the end
 * effects and prints one line.
 */
class SingleInstanceFaultsIT extends FaultSuite {

    /** 334 dossiers × 3 events = 1 002 events per fault. */
    static final int DOSSIERS = Integer.getInteger("faults.dossiers", 334);
    static final int CLIENTS = 6;
    static final Duration WORKLOAD_MAX = Duration.ofMinutes(12);
    /** The exit code of a JVM halted by the outbox's fault-injection seam ({@code OutboxRelay.HALT_EXIT_CODE}). */
    static final int HALT_EXIT_CODE = 86;

    SingleInstanceFaultsIT() {
        super(1);
    }

    @Test
    @Order(1)
    void f1_the_broker_is_killed_with_sigkill_and_restarted() {
        FaultRig.FaultRun run = underWorkload("F1").afterAppraised(DOSSIERS / 3);

        rig.stack.kafka().kill();
        Workload.sleep(10_000);
        rig.stack.kafka().start();

        assertClean(run.settle("broker-killed", Duration.ofMinutes(4)));
    }

    @Test
    @Order(2)
    void f2_the_broker_is_away_for_three_minutes_longer_than_the_delivery_timeout() {
        FaultRig.FaultRun run = underWorkload("F2").afterAppraised(DOSSIERS / 4);

        rig.stack.kafka().stop();
        Instant away = Instant.now();
        long heldBack = 0;
        while (Duration.between(away, Instant.now()).compareTo(Duration.ofMinutes(3)) < 0) {
            heldBack = Math.max(heldBack, outboxBacklog());
            Workload.sleep(5_000);
        }
        rig.stack.kafka().start();

        FaultRig.Tally tally = run.settle("broker-away-3-min", Duration.ofMinutes(5));
        assertThat(heldBack).as("events waited in the outbox while the broker was away").isPositive();
        assertClean(tally);
    }

    @Test
    @Order(3)
    void f3_the_producer_is_killed_between_the_brokers_ack_and_the_outbox_pull() {
        ServiceProcess nomination = rig.stack.service("nomination-service");
        long haltAfter = (long) DOSSIERS / 2 * 3;
        nomination.stop();
        nomination.start(FaultRig.STARTUP, Map.of("tdkt.outbox.fault.halt-after-acks", Long.toString(haltAfter)));
        FaultRig.FaultRun run = underWorkload("F3");

        OptionalInt exit = nomination.awaitExit(Duration.ofMinutes(10));
        assertThat(exit).as("nomination-service halted by the seam").hasValue(HALT_EXIT_CODE);
        nomination.start(FaultRig.STARTUP);

        FaultRig.Tally tally = run.settle("producer-halted-after-ack", Duration.ofMinutes(4));
        assertThat(rig.repeatedSince(run.before()))
                .as("events acknowledged but not pulled were sent again, and ignored").isPositive();
        assertClean(tally);
    }

    @Test
    @Order(4)
    void f4_a_consuming_service_is_killed_in_the_middle_of_a_batch() {
        List<ServiceProcess> consumers = List.of(rig.stack.service("reporting-service"),
                rig.stack.service("notification-service"));
        FaultRig.FaultRun run = underWorkload("F4").afterAppraised(DOSSIERS / 5);

        // a backlog first, so that the consumers come back to full batches (up to 500 records a poll)
        parallel(consumers, ServiceProcess::stop);
        FaultRig.await("a backlog of 300 events", WORKLOAD_MAX, () ->
                rig.lag("reporting-service", FaultRig.NOMINATION_EVENTS) >= 300
                        || run.workload().completed() >= DOSSIERS);
        rig.outOfOrder.sampleNow();
        rig.repeated.sampleNow();
        // each is killed once it has applied part of what it polled, before the batch's offsets are committed
        long inbox = rig.inboxTotal();
        parallel(consumers, service -> {
            service.start(FaultRig.STARTUP);
            FaultRig.await(service.name() + " to work through part of its first batch", Duration.ofMinutes(2),
                    () -> service.name().startsWith("reporting") ? appliedInReporting() >= 20
                            : rig.inboxTotal() >= inbox + 5);
            rig.outOfOrder.sampleNow();
            rig.repeated.sampleNow();
            service.kill();
            service.start(FaultRig.STARTUP);
        });

        FaultRig.Tally tally = run.settle("consumer-killed-mid-batch", Duration.ofMinutes(4));
        assertThat(rig.repeatedSince(run.before())).as("the killed batch was delivered again, and ignored")
                .isPositive();
        assertClean(tally);
    }

    @Test
    @Order(6)
    void f6_fifty_poison_records_reach_each_groups_dead_letter_topic_and_the_partitions_go_on() {
        String reportingDlq = FaultRig.NOMINATION_EVENTS + ".reporting-service.dlq";
        String notificationDlq = FaultRig.NOMINATION_EVENTS + ".notification-service.dlq";
        long reportingBefore = rig.records(reportingDlq);
        long notificationBefore = rig.records(notificationDlq);
        FaultRig.FaultRun run = underWorkload("F6").afterAppraised(DOSSIERS / 4);

        PoisonRecords.send(rig.producerProperties(), FaultRig.NOMINATION_EVENTS, 50, 100);

        FaultRig.Tally tally = run.settle("poison-records", Duration.ofMinutes(4));
        FaultRig.await("the dead letters", Duration.ofSeconds(30), () -> rig.records(reportingDlq) - reportingBefore
                >= 50 && rig.records(notificationDlq) - notificationBefore >= 50);
        Workload.sleep(3_000);
        assertThat(rig.records(reportingDlq) - reportingBefore).as(reportingDlq).isEqualTo(50);
        assertThat(rig.records(notificationDlq) - notificationBefore).as(notificationDlq).isEqualTo(50);
        assertClean(tally);
    }

    @Test
    @Order(7)
    void f7_the_mongodb_wire_server_restarts() {
        FaultRig.FaultRun run = underWorkload("F7").afterAppraised(DOSSIERS / 3);

        rig.stack.mongo().stop();
        Workload.sleep(5_000);
        rig.stack.mongo().start();

        assertClean(run.settle("mongodb-restart", Duration.ofMinutes(4)));
    }

    @Test
    @Order(8)
    void f8_smtp_and_the_webhook_receiver_are_down_for_90_seconds_and_no_call_leaks_through_an_open_breaker() {
        FaultRig.FaultRun run = underWorkload("F8").afterAppraised(DOSSIERS / 4);

        int smtpPort = rig.stack.mail().smtpPort();
        rig.stack.mail().stopSmtp();
        UnavailableSmtpServer smtp = new UnavailableSmtpServer(smtpPort, () -> rig.breakerState("smtp"));
        rig.receiver.observeBreaker(() -> rig.breakerState(rig.webhookBreaker()));
        rig.receiver.unavailable(true);
        Instant down = Instant.now();
        boolean smtpOpened = false;
        boolean webhookOpened = false;
        while (Duration.between(down, Instant.now()).compareTo(Duration.ofSeconds(90)) < 0) {
            smtpOpened |= rig.breakerState("smtp").equals("open");
            webhookOpened |= rig.breakerState(rig.webhookBreaker()).equals("open");
            Workload.sleep(500);
        }
        Instant up = Instant.now();
        smtp.close();
        rig.stack.mail().startSmtp();
        rig.receiver.unavailable(false);

        FaultRig.Tally tally = run.settle("smtp-and-webhook-down", Duration.ofMinutes(6));
        rig.receiver.observeBreaker(null);
        List<UnavailableSmtpServer.Connection> smtpCalls = smtp.connections();
        List<WebhookReceiver.Call> webhookCalls = rig.receiver.calls().stream()
                .filter(call -> !call.at().isBefore(down) && call.at().isBefore(up)).toList();
        long smtpLeaks = smtpCalls.stream().filter(call -> "open".equals(call.breakerState())).count();
        long webhookLeaks = webhookCalls.stream().filter(call -> "open".equals(call.breakerState())).count();
        System.out.println("  F8 breakers: smtp opened=" + smtpOpened + ", " + smtpCalls.size()
                + " connections to the down SMTP server, " + smtpLeaks + " while open; webhook opened="
                + webhookOpened + ", " + webhookCalls.size() + " calls to the down receiver, " + webhookLeaks
                + " while open");
        assertThat(smtpOpened).as("the SMTP breaker opened").isTrue();
        assertThat(webhookOpened).as("the webhook subscription's breaker opened").isTrue();
        assertThat(smtpCalls).as("calls tried while the breaker was closed or half-open").isNotEmpty();
        assertThat(webhookCalls).as("calls tried while the breaker was closed or half-open").isNotEmpty();
        assertThat(smtpLeaks).as("SMTP connections while its breaker was open").isZero();
        assertThat(webhookLeaks).as("webhook calls while its breaker was open").isZero();
        assertClean(tally);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** This class's workload ({@value #DOSSIERS} dossiers, {@value #CLIENTS} clients), started. */
    private FaultRig.FaultRun underWorkload(String label) {
        return rig.underWorkload(label, DOSSIERS, CLIENTS, 0, WORKLOAD_MAX);
    }

    private long outboxBacklog() {
        String scrape = Prometheus.scrape(rig.api("nomination-service", "snv"));
        return scrape == null ? 0 : (long) Prometheus.sum(scrape, "tdkt_outbox_backlog", Map.of());
    }

    private double appliedInReporting() {
        String scrape = Prometheus.scrape(rig.api("reporting-service", "snv"));
        return scrape == null ? 0 : Prometheus.sum(scrape, "tdkt_projection_events_total",
                Map.of("view", "dossiers", "outcome", "applied"));
    }
}
