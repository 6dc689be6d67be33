package vn.tdkt.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tdkt.e2e.Api;
import vn.tdkt.e2e.Nominations;
import vn.tdkt.e2e.TopicReader;
import vn.tdkt.localstack.LocalStack;

/**
 * The load benchmark ({@code ./mvnw -Pload verify}, README "Benchmarks"): how many state changes per second the whole
 * pipeline carries, from the REST call to the projection seen in reporting-service, against a raw {@code insertOne}
 * rate on the same MongoDB-wire server in the same run; the Mongo round trips per dossier; and the end-to-end latency
 * (event time → projection {@code updatedAt}) at a fixed rate.
 *
 * <p>One stack per platform setting ({@code -Dload.variants}, default all): {@code after} is the platform as it is
 * (full JIT), and every other variant switches one change back ("before"), so the figures say what each bought. Each
 * variant is measured {@code -Dload.repeats} times (default 3) on its stack, after a warm-up. The latency phase runs
 * on the {@code after} stack at {@code -Dload.rate} events/s (default 200) for {@code -Dload.minutes} (default 10).
 */
@Tag("benchmark")
class LoadBenchmarkIT {

    private static final int CLIENTS = Integer.getInteger("load.clients", 8);
    private static final int SECONDS = Integer.getInteger("load.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warmupSeconds", 60);
    private static final int WARMUP_MAX_SECONDS = Integer.getInteger("load.warmupMaxSeconds", 600);
    private static final double SETTLED = Double.parseDouble(System.getProperty("load.settled", "0.10"));
    private static final Plateau PLATEAU = new Plateau(Integer.getInteger("load.settledWindows", 3), SETTLED);
    private static final int REPEATS = Integer.getInteger("load.repeats", 3);
    private static final int RAW_SECONDS = Integer.getInteger("load.rawSeconds", 5);
    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "200"));
    private static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "10"));
    private static final List<String> VARIANTS = Arrays.asList(System.getProperty("load.variants",
            "after,jwt-cache-off,c1,concurrency-3,observations-on,lock-per-round").split(","));

    /** One platform setting to measure: what it changes on the stack. */
    private record Variant(String name, String description) {
    }

    private static final Map<String, Variant> KNOWN = Map.of(
            "after", new Variant("after", "the platform as it is (full JIT, JWT cache, one consumer thread per "
                    + "partition, no security observations, relay keeps its lock and reads only the collection saved to)"),
            "jwt-cache-off", new Variant("jwt-cache-off", "tdkt.security.jwt-cache.max-entries=0"),
            "c1", new Variant("c1", "C1 only (-XX:TieredStopAtLevel=1), as ./run"),
            "concurrency-3", new Variant("concurrency-3", "TDKT_CONSUMER_CONCURRENCY=3 (the platform default)"),
            "observations-on", new Variant("observations-on", "management.observations.enable.spring.security=true"),
            "lock-per-round", new Variant("lock-per-round", "tdkt.outbox.lock-idle-release=PT0S"));

    /** One measured run. */
    record Run(String variant, int repeat, int dossiers, double changesPerSecond, double apiCallsPerSecond,
            double rawInsertsPerSecond, double roundTripsPerDossier, Map<String, Double> roundTripsByDatabase,
            Map<String, Double> cpuMillisPerChange, double wireServerMillisPerRawInsert) {
        double ratio() {
            return changesPerSecond / rawInsertsPerSecond;
        }

        double cpuMillisPerChangeInAll() {
            return cpuMillisPerChange.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** The most state changes per second this machine's cores could carry at this run's CPU cost. */
        double changesPerSecondTheCoresAllow() {
            return CORES * 1000 / cpuMillisPerChangeInAll();
        }
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** The raw baseline: how many {@code insertOne} calls were made, and at what rate. */
    record RawInserts(long count, double perSecond) {
    }

    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

    @Test
    void pipeline_state_changes_per_second_against_raw_inserts_and_latency_at_a_fixed_rate() throws Exception {
        for (String name : VARIANTS) {
            Variant variant = KNOWN.get(name.trim());
            assertThat(variant).as("known variants: %s", KNOWN.keySet()).isNotNull();
            try (LocalStack stack = start(variant)) {
                Bench bench = new Bench(stack);
                bench.warmUp();
                for (int repeat = 1; repeat <= REPEATS; repeat++) {
                    Run run = bench.measure(variant.name(), repeat);
                    runs.add(run);
                    System.out.println(format(run));
                }
                if (variant.name().equals("after") && MINUTES > 0) {
                    bench.latencyAtFixedRate(RATE, Duration.ofMillis((long) (MINUTES * 60_000)));
                }
            }
        }
        System.out.println(summary());
    }

    private static LocalStack start(Variant variant) throws Exception {
        Path repoRoot = Path.of(System.getProperty("tdkt.repo.root", "../..")).toAbsolutePath().normalize();
        LocalStack.Builder builder = LocalStack.builder()
                .repoRoot(repoRoot)
                .dataDir(Files.createTempDirectory("tdkt-load-"))
                .ephemeralPorts()
                .fullJit(!variant.name().equals("c1"))
                .serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.start", "00:00")
                .serviceSystemProperty("notification-service", "tdkt.notification.quiet-hours.end", "00:00")
                .serviceStartupTimeout(Duration.ofMinutes(6));
        switch (variant.name()) {
            case "jwt-cache-off" -> builder.allServicesSystemProperty("tdkt.security.jwt-cache.max-entries", "0");
            case "concurrency-3" -> builder.allServicesEnvironment("TDKT_CONSUMER_CONCURRENCY", "3");
            case "observations-on" -> builder.allServicesSystemProperty(
                    "management.observations.enable.spring.security", "true");
            case "lock-per-round" -> builder.allServicesSystemProperty("tdkt.outbox.lock-idle-release", "PT0S");
            default -> { }
        }
        String profile = System.getProperty("load.profile");
        if (profile != null && profile.equals(variant.name())) {
            // JFR of nomination-service and reporting-service for this variant, next to the logs
            for (String service : List.of("nomination-service", "reporting-service", "notification-service")) {
                builder.serviceJvmOption(service, "-XX:StartFlightRecording=filename=" + System.getProperty(
                        "java.io.tmpdir") + "/tdkt-load-" + service + ".jfr,settings=profile,dumponexit=true");
            }
        }
        LocalStack stack = builder.start();
        System.out.println("load: stack for " + variant.name() + " (" + variant.description() + ") started in "
                + stack.totalStartupTime().toSeconds() + " s");
        return stack;
    }

    /** Drives and measures one stack. */
    private static final class Bench {

        private final LocalStack stack;
        private final Nominations nominations;
        private final Api reporting;
        private final AtomicInteger names = new AtomicInteger();

        Bench(LocalStack stack) {
            this.stack = stack;
            String nomination = stack.serviceUrl("nomination-service");
            this.nominations = new Nominations(new Api(nomination, stack.token("sgddt")),
                    new Api(nomination, stack.token("snv")));
            this.reporting = new Api(stack.serviceUrl("reporting-service"), stack.token("snv"));
        }

        /**
         * Drives until the rate settles: the services start on a cold JIT, and on two cores their compiler threads
         * take a third to a half of each service's CPU for minutes (JFR), so a short warm-up measured the compiler,
         * not the pipeline. Windows of {@code load.seconds} follow each other, for at least {@code load.warmupSeconds},
         * until the last {@code load.settledWindows} (3) windows' rates lie within {@code load.settled} (10 %) of their
         * highest, or {@code load.warmupMaxSeconds}. Two windows were not enough: the rate climbs in steps as the JIT
         * compiles more, and two close windows on a step were taken for the plateau. To compare variants on equal
         * terms, give them the same fixed warm-up ({@code load.warmupSeconds} = {@code load.warmupMaxSeconds}).
         */
        void warmUp() throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(WARMUP_MAX_SECONDS).toNanos();
            long minimum = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
            List<Double> rates = new ArrayList<>();
            for (int window = 1; System.nanoTime() < end; window++) {
                long start = System.nanoTime();
                int dossiers = drive("warm-up-" + window, Duration.ofSeconds(SECONDS)).size();
                rates.add(dossiers * Nominations.EVENTS_PER_DOSSIER / ((System.nanoTime() - start) / 1e9));
                boolean settled = PLATEAU.reached(rates) && System.nanoTime() >= minimum;
                System.out.println(String.format(Locale.ROOT, "load warm-up window %d: %.1f state changes/s%s", window,
                        rates.get(rates.size() - 1), settled ? " (settled)" : ""));
                if (settled) {
                    return;
                }
            }
            System.out.println("load warm-up: the rate had not settled after " + WARMUP_MAX_SECONDS + " s");
        }

        /** {@value #CLIENTS} closed-loop clients run dossier flows for {@code duration}; the dossiers done. */
        List<String> drive(String label, Duration duration) throws InterruptedException {
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + duration.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end && failures.isEmpty()) {
                        try {
                            ids.add(nominations.appraised(name(label)));
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(e);
                        }
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).as("failed dossier flows").isEmpty();
            awaitProjected(ids, Duration.ofMinutes(3));
            return List.copyOf(ids);
        }

        String name(String label) {
            return String.format(Locale.ROOT, "Lê Thị Tải %s %05d", label, names.incrementAndGet());
        }

        Run measure(String variant, int repeat) throws InterruptedException {
            Map<String, Map<String, Long>> before = stack.mongo().commandCounts();
            Map<String, Map<String, Long>> collectionsBefore = stack.mongo().commandCountsByCollection();
            Instant start = Instant.now();
            long apiStart = System.nanoTime();
            Map<String, Duration> cpuBefore = StackCpu.snapshot();
            List<String> ids = drive(variant + "-" + repeat, Duration.ofSeconds(SECONDS));
            Map<String, Duration> cpu = StackCpu.between(cpuBefore, StackCpu.snapshot());
            double apiSeconds = (System.nanoTime() - apiStart) / 1e9;
            Map<String, Map<String, Long>> after = stack.mongo().commandCounts();
            System.out.println(byCollection(collectionsBefore, stack.mongo().commandCountsByCollection(), ids.size()));
            Instant lastProjection = ids.stream().map(this::view).map(view -> Instant.parse(
                    view.path("updatedAt").asText())).max(Instant::compareTo).orElseThrow();
            double seconds = Duration.between(start, lastProjection).toNanos() / 1e9;
            double changes = ids.size() * Nominations.EVENTS_PER_DOSSIER / seconds;
            Map<String, Double> byDatabase = new LinkedHashMap<>();
            long total = 0;
            for (String database : after.keySet()) {
                long commands = after.get(database).values().stream().mapToLong(Long::longValue).sum()
                        - before.getOrDefault(database, Map.of()).values().stream().mapToLong(Long::longValue).sum();
                total += commands;
                byDatabase.put(database, (double) commands / ids.size());
            }
            Map<String, Duration> rawBefore = StackCpu.snapshot();
            RawInserts raw = rawInserts(Duration.ofSeconds(RAW_SECONDS));
            double wirePerInsert = StackCpu.between(rawBefore, StackCpu.snapshot()).get(StackCpu.WIRE_SERVER)
                    .toNanos() / 1e6 / raw.count();
            int stateChanges = ids.size() * Nominations.EVENTS_PER_DOSSIER;
            Map<String, Double> cpuPerChange = new LinkedHashMap<>();
            cpu.forEach((part, used) -> cpuPerChange.put(part, used.toNanos() / 1e6 / stateChanges));
            return new Run(variant, repeat, ids.size(), changes, ids.size() * 6 / apiSeconds, raw.perSecond(),
                    (double) total / ids.size(), byDatabase, cpuPerChange, wirePerInsert);
        }

        /** The round trips per dossier by database, command and collection, most first: where a flow's cost goes. */
        private static String byCollection(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after,
                int dossiers) {
            Map<String, Long> spent = new HashMap<>();
            after.forEach((database, commands) -> commands.forEach((command, count) -> spent.put(
                    database + " " + command,
                    count - before.getOrDefault(database, Map.of()).getOrDefault(command, 0L))));
            StringBuilder line = new StringBuilder("load round trips per dossier by collection:");
            spent.entrySet().stream().filter(entry -> entry.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> line.append(String.format(Locale.ROOT, "%n  %6.2f %s",
                            (double) entry.getValue() / dossiers, entry.getKey())));
            return line.toString();
        }

        /** {@value #CLIENTS} threads {@code insertOne} dossier-sized documents into a scratch database. */
        RawInserts rawInserts(Duration duration) throws InterruptedException {
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                MongoCollection<Document> collection = client.getDatabase("load-raw").getCollection("raw_inserts");
                String padding = "x".repeat(800);
                AtomicLong inserts = new AtomicLong();
                long end = System.nanoTime() + duration.toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                for (int thread = 0; thread < CLIENTS; thread++) {
                    pool.execute(() -> {
                        while (System.nanoTime() < end) {
                            collection.insertOne(new Document("unitCode", "SGDDT").append("status", "SUBMITTED")
                                    .append("at", new java.util.Date()).append("text", padding));
                            inserts.incrementAndGet();
                        }
                    });
                }
                pool.shutdown();
                pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
                RawInserts done = new RawInserts(inserts.get(), inserts.get() / (duration.toNanos() / 1e9));
                client.getDatabase("load-raw").drop();
                return done;
            }
        }

        /**
         * Starts dossier flows on a fixed schedule ({@code eventsPerSecond / 3} flows a second, open loop, as many in
         * flight as it takes up to 64) for {@code duration}, then reports the rate reached and the latency of each
         * dossier's last event: its CloudEvents time (read back from Kafka) to the projection's {@code updatedAt}.
         */
        void latencyAtFixedRate(double eventsPerSecond, Duration duration) throws InterruptedException {
            double flowsPerSecond = eventsPerSecond / Nominations.EVENTS_PER_DOSSIER;
            long flows = (long) (flowsPerSecond * duration.toNanos() / 1e9);
            Semaphore inFlight = new Semaphore(64);
            ExecutorService pool = Executors.newCachedThreadPool();
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger shed = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            long begin = System.nanoTime();
            for (long i = 0; i < flows; i++) {
                long due = begin + (long) (i * 1e9 / flowsPerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!inFlight.tryAcquire()) {
                    shed.incrementAndGet(); // more than 64 flows behind: the stack cannot keep this rate
                    continue;
                }
                pool.execute(() -> {
                    try {
                        ids.add(nominations.appraised(name("rate")));
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - begin) / 1e9;
            awaitProjected(ids, Duration.ofMinutes(5));
            Map<String, TopicReader.Event> appraised = new HashMap<>();
            for (TopicReader.Event event : TopicReader.readAll(stack.bootstrapServers(), "tdkt.nomination.events")) {
                if ("tdkt.nomination.dossier-appraised.v1".equals(event.header("ce_type"))) {
                    appraised.putIfAbsent(event.header("ce_subject"), event);
                }
            }
            List<Long> latencies = new ArrayList<>();
            List<Long> relayed = new ArrayList<>();
            for (String id : ids) {
                Instant projected = Instant.parse(view(id).path("updatedAt").asText());
                Instant eventTime = Instant.parse(appraised.get(id).header("ce_time"));
                latencies.add(Duration.between(eventTime, projected).toMillis());
                relayed.add(appraised.get(id).timestamp() - eventTime.toEpochMilli());
            }
            Collections.sort(latencies);
            Collections.sort(relayed);
            System.out.println(String.format(Locale.ROOT, "load latency split: event time → sent by the relay (Kafka "
                    + "timestamp) p50 %d ms, p99 %d ms", percentile(relayed, 0.50), percentile(relayed, 0.99)));
            System.out.println(String.format(Locale.ROOT, "load latency: target %.0f events/s for %.1f min; reached "
                    + "%.1f events/s (%d dossiers, %d flows shed, %d failed); event time → projection p50 %d ms, p99 %d ms, "
                    + "max %d ms", eventsPerSecond, seconds / 60, ids.size() * 3 / seconds, ids.size(), shed.get(), failed.get(),
                    percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.get(latencies.size() - 1)));
        }

        private JsonNode view(String id) {
            Api.Response view = Nominations.retrying(() -> reporting.get("/api/v1/dossier-views/" + id));
            assertThat(view.status()).as("view of %s: %s", id, view.raw()).isEqualTo(200);
            return view.body();
        }

        /**
         * Waits until every dossier's view holds its last event. Dossiers are checked in the order they were done and
         * the wait is on the first one still behind: while the projections catch up, the benchmark asks for one view
         * per 200 ms rather than for every view, so its own reads do not slow the pipeline it measures.
         */
        private void awaitProjected(List<String> ids, Duration max) throws InterruptedException {
            java.util.ArrayDeque<String> waiting = new java.util.ArrayDeque<>(ids);
            long end = System.nanoTime() + max.toNanos();
            while (!waiting.isEmpty()) {
                assertThat(System.nanoTime()).as("%d dossiers not projected after %s", waiting.size(), max)
                        .isLessThan(end);
                while (!waiting.isEmpty() && projected(waiting.peek())) {
                    waiting.poll();
                }
                if (!waiting.isEmpty()) {
                    Thread.sleep(200);
                }
            }
        }

        private boolean projected(String id) {
            return view(id).path("sequences").path("dossier:" + id).asLong() >= Nominations.EVENTS_PER_DOSSIER;
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String format(Run run) {
        return String.format(Locale.ROOT, "load run %s #%d: %d dossiers, %.1f state changes/s (%.1f API calls/s), raw "
                + "insertOne %.0f/s, ratio %.3f, %.1f Mongo round trips per dossier %s", run.variant(), run.repeat(),
                run.dossiers(), run.changesPerSecond(), run.apiCallsPerSecond(), run.rawInsertsPerSecond(),
                run.ratio(), run.roundTripsPerDossier(), rounded(run.roundTripsByDatabase()))
                + String.format(Locale.ROOT, "%nload cpu %s #%d: %.1f ms of CPU per state change across the stack %s; "
                + "%d cores carry at most %.0f changes/s at that cost; a raw insertOne costs the wire server %.3f ms",
                run.variant(), run.repeat(), run.cpuMillisPerChangeInAll(), rounded(run.cpuMillisPerChange()), CORES,
                run.changesPerSecondTheCoresAllow(), run.wireServerMillisPerRawInsert());
    }

    private static Map<String, String> rounded(Map<String, Double> values) {
        Map<String, String> rounded = new LinkedHashMap<>();
        values.forEach((key, value) -> rounded.put(key, String.format(Locale.ROOT, "%.1f", value)));
        return rounded;
    }

    private String summary() {
        StringBuilder table = new StringBuilder("load summary (median of the repeats)\n"
                + "| variant | changes/s | raw insertOne/s | ratio | round trips/dossier | CPU ms/change | changes/s the "
                + "cores allow |\n|---|---|---|---|---|---|---|\n");
        Map<String, List<Run>> byVariant = new LinkedHashMap<>();
        runs.forEach(run -> byVariant.computeIfAbsent(run.variant(), key -> new ArrayList<>()).add(run));
        byVariant.forEach((variant, list) -> table.append(String.format(Locale.ROOT,
                "| %s | %.1f | %.0f | %.3f | %.1f | %.1f | %.0f |%n", variant,
                median(list.stream().map(Run::changesPerSecond).toList()),
                median(list.stream().map(Run::rawInsertsPerSecond).toList()),
                median(list.stream().map(Run::ratio).toList()),
                median(list.stream().map(Run::roundTripsPerDossier).toList()),
                median(list.stream().map(Run::cpuMillisPerChangeInAll).toList()),
                median(list.stream().map(Run::changesPerSecondTheCoresAllow).toList()))));
        return table.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
