package vn.tdkt.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import vn.tdkt.e2e.Api;
import vn.tdkt.e2e.Nominations;
import vn.tdkt.localstack.LocalStack;
import vn.tdkt.localstack.service.ServiceProcess;

/**
 * The fault suite's stack and its instruments. The stack is the real local stack (Kafka in its own JVM, the
 * MongoDB-wire server on H2, the four services as processes), with three settings a fault needs: plain-http webhooks
 * (the receiver runs in this JVM), no quiet hours (the suite must behave the same at any hour) and, for the scale-out
 * checks, the relay's lock spans in the logs. The instruments count a fault's end effects: the dossier views in
 * reporting-service, the unit's inbox, the e-mails in the mail catcher, the webhook calls, and the projection's
 * {@code out_of_order} counter over every reporting instance.
 */
final class FaultRig implements AutoCloseable {

    /** The proposing unit of every workload dossier; its inbox, e-mail address and webhook receive the notices. */
    static final String UNIT = "SGDDT";
    static final String UNIT_CLIENT = "sgddt";
    static final String NOMINATION_EVENTS = "tdkt.nomination.events";
    static final Duration STARTUP = Duration.ofMinutes(8);

    final LocalStack stack;
    final WebhookReceiver receiver = new WebhookReceiver();
    final String subscriptionId;
    final CounterSampler outOfOrder;
    final CounterSampler repeated;
    private final Map<String, String> tokens = new HashMap<>();

    /** The instruments on a stack {@link #configure configured} for faults; closing them leaves the stack running. */
    FaultRig(LocalStack stack) {
        this.stack = stack;
        this.subscriptionId = subscribeWebhook();
        List<Api> reporting = apis("reporting-service", "snv");
        this.outOfOrder = new CounterSampler(reporting, "tdkt_projection_events_total",
                Map.of("view", "dossiers", "outcome", "out_of_order"));
        this.repeated = new CounterSampler(reporting, "tdkt_projection_events_total",
                Map.of("view", "dossiers", "outcome", "repeated"));
    }

    /** The settings a fault needs, with {@code instances} instances of each service. */
    static LocalStack.Builder configure(LocalStack.Builder builder, int instances) {
        return builder
                .instances(instances)
                .fullJit(Boolean.getBoolean("faults.fullJit"))
                .serviceEnvironment("notification-service", "NOTIFICATION_WEBHOOKS_ALLOW_HTTP", "true")
                .serviceEnvironment("notification-service", "NOTIFICATION_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.0/8")
                .serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.start", "00:00")
                .serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.end", "00:00")
                .serviceSystemProperty("plan-service", "tdkt.reminder.scan-interval", "PT2S")
                .serviceSystemProperty("nomination-service", "logging.level.vn.tdkt.platform.outbox.OutboxRelay",
                        "DEBUG")
                .serviceStartupTimeout(STARTUP);
    }

    // ---- clients ----------------------------------------------------------------------------------------------

    String token(String client) {
        return tokens.computeIfAbsent(client, stack::token);
    }

    Api api(ServiceProcess instance, String client) {
        return new Api(instance.url(), token(client));
    }

    Api api(String service, String client) {
        return api(stack.service(service), client);
    }

    List<Api> apis(String service, String client) {
        return stack.instances(service).stream().map(instance -> api(instance, client)).toList();
    }

    /** One way in per nomination-service instance, for the workload's clients. */
    List<Nominations> nominationRoutes() {
        List<Nominations> routes = new ArrayList<>();
        for (ServiceProcess instance : stack.instances("nomination-service")) {
            routes.add(new Nominations(api(instance, UNIT_CLIENT), api(instance, "snv")));
        }
        return routes;
    }

    Workload workload(String label, int dossiers, int clients, double perSecond) {
        return new Workload(label, dossiers, clients, nominationRoutes(), perSecond);
    }

    /**
     * The start of most faults: the counters now, then a workload {@code label} started; the test injects its fault
     * while it runs and ends with {@link FaultRun#settle}.
     */
    FaultRun underWorkload(String label, int dossiers, int clients, double perSecond, Duration workloadMax) {
        Baseline before = baseline();
        return new FaultRun(label, before, workload(label, dossiers, clients, perSecond).start(), workloadMax);
    }

    /** A fault under its workload: where the counters stood before it, and the workload it runs under. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    final class FaultRun {

        private final String label;
        private final Baseline before;
        private final Workload workload;
        private final Duration workloadMax;

        Baseline before() {
            return before;
        }

        Workload workload() {
            return workload;
        }

        /** Waits until {@code dossiers} of the workload are appraised (the moment to inject the fault). */
        FaultRun afterAppraised(int dossiers) {
            workload.awaitCompleted(dossiers, workloadMax);
            return this;
        }

        /** Waits for the end of the workload, then settles and counts as "fault {@code <label> <name>}". */
        Tally settle(String name, Duration deadline) {
            return FaultRig.this.settle("fault " + label + " " + name, before, workload.await(workloadMax), deadline);
        }
    }

    // ---- the webhook subscription and breaker states --------------------------------------------------------

    private String subscribeWebhook() {
        Api.Response created = Nominations.retrying(() -> api("notification-service", UNIT_CLIENT).post(
                "/api/v1/webhooks", Map.of("url", receiver.url(), "eventTypes", List.of("dossier-appraised"),
                        "description", "fault suite receiver")));
        assertThat(created.status()).as("webhook subscription: %s", created.raw()).isEqualTo(201);
        receiver.secret(created.body().path("secret").asText());
        return created.body().path("id").asText();
    }

    String webhookBreaker() {
        return "webhook-" + subscriptionId;
    }

    /**
     * The state of one of notification-service's circuit breakers (first instance), from its Resilience4j gauges
     * ({@code resilience4j_circuitbreaker_state{name, state} = 1} for the current state), or {@code unknown}.
     */
    String breakerState(String breaker) {
        String scrape = Prometheus.scrape(api("notification-service", "snv"));
        if (scrape == null) {
            return "unknown";
        }
        for (String state : List.of("closed", "open", "half_open", "forced_open", "disabled", "metrics_only")) {
            if (Prometheus.sum(scrape, "resilience4j_circuitbreaker_state", Map.of("name", breaker, "state", state))
                    == 1.0) {
                return state;
            }
        }
        return "unknown";
    }

    // ---- Kafka -----------------------------------------------------------------------------------------------

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Records in a topic (all partitions): latest minus earliest offsets. */
    long records(String topic) {
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            description.partitions().forEach(partition -> {
                latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
                earliest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.earliest());
            });
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                    .get(30, TimeUnit.SECONDS);
            return ends.entrySet().stream()
                    .mapToLong(end -> end.getValue().offset() - starts.get(end.getKey()).offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot count the records of " + topic, e);
        }
    }

    /** How far a consumer group is behind on a topic (latest offsets minus committed ones). */
    long lag(String group, String topic) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            description.partitions().forEach(partition ->
                    latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the lag of " + group + " on " + topic, e);
        }
    }

    Properties producerProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", stack.bootstrapServers());
        properties.put("acks", "all");
        return properties;
    }

    // ---- end effects ---------------------------------------------------------------------------------------

    /** Where the counters stood before a fault, so that its count covers only its own dossiers and effects. */
    record Baseline(Instant at, long inboxTotal, int mails, double outOfOrder, double repeated) {
    }

    Baseline baseline() {
        outOfOrder.sampleNow();
        repeated.sampleNow();
        return new Baseline(Instant.now(), inboxTotal(), stack.mail().count(), outOfOrder.total(), repeated.total());
    }

    /** What a fault left behind, counted from the end effects; {@link #line()} is the suite's output. */
    record Tally(String fault, int events, int lost, int duplicated, int reordered, String details) {
        String line() {
            return String.format(Locale.ROOT, "%s: events=%d lost=%d duplicated=%d reordered=%d", fault, events, lost,
                    duplicated, reordered);
        }
    }

    /**
     * Waits until every effect of the fault's dossiers is there (or {@code deadline} passes), lets late duplicates
     * arrive, then counts: <b>lost</b> = events missing at reporting (each dossier view must have applied sequence 3)
     * plus appraisals without their inbox notice, their e-mail or their webhook call; <b>duplicated</b> = inbox
     * notices, e-mails and accepted webhook calls beyond one per dossier; <b>reordered</b> = the growth of the
     * projection's {@code out_of_order} counter over every reporting instance. Prints the fault's one line.
     */
    Tally settle(String fault, Baseline before, List<Workload.Dossier> dossiers, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Set<String> unconfirmed = new HashSet<>(dossiers.stream().map(Workload.Dossier::id).toList());
        int expected = dossiers.size();
        Tally tally = null;
        while (System.nanoTime() < end) {
            unconfirmed.removeIf(id -> viewSequence(id) >= Nominations.EVENTS_PER_DOSSIER);
            boolean cheapSignalsComplete = unconfirmed.isEmpty()
                    && inboxTotal() >= before.inboxTotal() + expected
                    && stack.mail().count() >= before.mails() + expected
                    && receiver.acceptedSince(before.at()) >= expected;
            if (cheapSignalsComplete) {
                Workload.sleep(5_000); // late duplicates (re-sends after the fault) have time to arrive
                tally = count(fault, before, dossiers);
                if (tally.lost() == 0) {
                    break;
                }
            }
            Workload.sleep(2_000);
        }
        if (tally == null || tally.lost() > 0) {
            tally = count(fault, before, dossiers);
        }
        System.out.println(tally.line());
        if (!tally.details().isEmpty()) {
            System.out.println("  " + fault + " details: " + tally.details());
        }
        return tally;
    }

    private Tally count(String fault, Baseline before, List<Workload.Dossier> dossiers) {
        Map<String, String> idByName = new HashMap<>();
        dossiers.forEach(dossier -> idByName.put(dossier.name(), dossier.id()));
        Map<String, Integer> inbox = inboxNotices(before.at(), idByName.values());
        Map<String, Integer> mails = mailsByDossier(before.mails(), idByName);
        Map<String, Integer> webhooks = receiver.acceptedBySubject(before.at());
        int lostEvents = 0;
        int lostNotices = 0;
        int duplicated = 0;
        List<String> details = new ArrayList<>();
        for (Workload.Dossier dossier : dossiers) {
            long sequence = viewSequence(dossier.id());
            int missing = (int) Math.max(0, Nominations.EVENTS_PER_DOSSIER - sequence);
            int notices = inbox.getOrDefault(dossier.id(), 0);
            int sent = mails.getOrDefault(dossier.id(), 0);
            int called = webhooks.getOrDefault(dossier.id(), 0);
            lostEvents += missing;
            lostNotices += (notices == 0 ? 1 : 0) + (sent == 0 ? 1 : 0) + (called == 0 ? 1 : 0);
            duplicated += Math.max(0, notices - 1) + Math.max(0, sent - 1) + Math.max(0, called - 1);
            if (missing > 0 || notices != 1 || sent != 1 || called != 1) {
                if (details.size() < 10) {
                    details.add(dossier.id() + " sequence=" + sequence + " inbox=" + notices + " mails=" + sent
                            + " webhooks=" + called);
                }
            }
        }
        outOfOrder.sampleNow();
        repeated.sampleNow();
        int reordered = (int) Math.round(outOfOrder.total() - before.outOfOrder());
        int events = dossiers.size() * Nominations.EVENTS_PER_DOSSIER;
        String summary = details.isEmpty() ? "" : String.join("; ", details);
        return new Tally(fault, events, lostEvents + lostNotices, duplicated, reordered, summary);
    }

    /** Redeliveries the projection recognised and ignored since {@code before} (evidence that a fault re-sent). */
    int repeatedSince(Baseline before) {
        repeated.sampleNow();
        return (int) Math.round(repeated.total() - before.repeated());
    }

    /** The last sequence reporting-service applied to a dossier's view (0 when it has none). */
    long viewSequence(String dossierId) {
        for (Api reporting : apis("reporting-service", "snv")) {
            try {
                Api.Response view = reporting.get("/api/v1/dossier-views/" + dossierId);
                if (view.status() == 404) {
                    return 0;
                }
                if (view.status() == 200) {
                    return view.body().path("sequences").path("dossier:" + dossierId).asLong(0);
                }
            } catch (RuntimeException instanceDown) {
                // try the next instance
            }
        }
        return 0;
    }

    long inboxTotal() {
        for (Api notification : apis("notification-service", UNIT_CLIENT)) {
            try {
                Api.Response page = notification.get("/api/v1/inbox?unit=" + UNIT + "&size=1");
                if (page.status() == 200) {
                    return page.body().path("total").asLong();
                }
            } catch (RuntimeException instanceDown) {
                // try the next instance
            }
        }
        return -1;
    }

    /** Appraisal notices per dossier in the unit's inbox, reading back (newest first) to a little before {@code since}. */
    private Map<String, Integer> inboxNotices(Instant since, java.util.Collection<String> dossierIds) {
        Set<String> wanted = new HashSet<>(dossierIds);
        Map<String, Integer> notices = new HashMap<>();
        Api notification = apis("notification-service", UNIT_CLIENT).get(0);
        Instant stopAt = since.minusSeconds(60);
        for (int page = 0; ; page++) {
            int current = page;
            Api.Response response = Nominations.retrying(() ->
                    notification.get("/api/v1/inbox?unit=" + UNIT + "&size=100&page=" + current));
            assertThat(response.status()).as("inbox: %s", response.raw()).isEqualTo(200);
            JsonNode items = response.body().path("items");
            if (items.isEmpty()) {
                return notices;
            }
            Instant oldest = null;
            for (JsonNode item : items) {
                String reference = item.path("referenceId").asText();
                if ("DOSSIER_APPRAISED".equals(item.path("kind").asText()) && wanted.contains(reference)) {
                    notices.merge(reference, 1, Integer::sum);
                }
                oldest = Instant.parse(item.path("createdAt").asText());
            }
            if (oldest != null && oldest.isBefore(stopAt)) {
                return notices;
            }
        }
    }

    /** E-mails per dossier, from the mail catcher (the subject ends with the dossier's unique subject name). */
    private Map<String, Integer> mailsByDossier(int from, Map<String, String> idByName) {
        Map<String, Integer> mails = new HashMap<>();
        List<Map<String, Object>> messages = stack.mail().messages();
        for (Map<String, Object> message : messages.subList(Math.min(from, messages.size()), messages.size())) {
            String subject = String.valueOf(message.get("subject"));
            int dash = subject.lastIndexOf("– ");
            String id = dash < 0 ? null : idByName.get(subject.substring(dash + 2).trim());
            if (id != null) {
                mails.merge(id, 1, Integer::sum);
            }
        }
        return mails;
    }

    // ---- waiting --------------------------------------------------------------------------------------------

    static void await(String what, Duration max, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Timed out after " + max + " waiting for " + what);
            }
            Workload.sleep(200);
        }
    }

    @Override
    public void close() {
        outOfOrder.close();
        repeated.close();
        receiver.close();
    }
}
