package vn.tdkt.plan.reminder;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.mongowire.IndexStatistics;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.plan.reminder.application.QuarterOpener;
import vn.tdkt.plan.reminder.application.ReminderProperties;
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.plan.calendar.persistence.CalendarOverrideStore;
import vn.tdkt.plan.reminder.persistence.QuarterDigestStore;
import vn.tdkt.plan.reminder.persistence.QuarterOpeningStore;
import vn.tdkt.plan.reminder.persistence.TaskReminderStore;
import vn.tdkt.plan.task.application.TaskDirectory;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plantext.TaskPeriod;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/**
 * Not a timed test: shows that the due scan's cost follows the tasks in its window, not the tasks in the database.
 * For each size (10^4, 10^5, 10^6 tasks) the same {@value #IN_WINDOW} tasks fall due inside the scan window (spread
 * through the collection) and all others on days of the year outside it. Prints the scan beside a raw indexed
 * query for the same window over the same data, as a ratio, and what the scan read from the indexes.
 *
 * <pre>
 * ./mvnw -o -q -pl plan-service test -Dgroups=benchmark -Dtest=DueScanBenchmark \
 *     [-Dbenchmark.sizes=10000,100000,1000000]       (MONGODB_URI=mongodb://... for a real MongoDB)
 *     [-Dbenchmark.server=stock]    the stock wire server, without infra/mongo-wire's indexes, for comparison
 * </pre>
 *
 * Columns: seed = bulk insert; raw = find over the window (status in open, dueDate in window) returning raw BSON,
 * median of 3; catch-up = the first scan (marks the past steps of every task in the window: one write each); steady =
 * median of the next 3 days' scans (reads the window, writes the tasks with a step that day); ratio = steady / raw;
 * read/scan = index entries one steady scan read (window query + one per save), from the wire server's index
 * statistics, or keys examined by the window query from {@code explain} on a real MongoDB.
 */
@Tag("benchmark")
class DueScanBenchmark {

    private static final int IN_WINDOW = 2_000;
    private static final int WARM_UP = 10_000;
    private static final int STEADY_DAYS = 3;
    private static final LocalDate SEED_DAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    @Test
    void due_scan_against_a_raw_indexed_query() {
        String sizes = System.getProperty("benchmark.sizes", "10000,100000,1000000");
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-9s | %9s | %7s | %7s | %11s | %9s | %9s | %6s | %9s", "tasks",
                "in window", "seed s", "raw ms", "catch-up ms", "steady ms", "emitted/d", "ratio", "read/scan"));
        boolean stock = "stock".equals(System.getProperty("benchmark.server"));
        MongoServer stockServer = stock ? new MongoServer(new MemoryBackend()) : null;
        String uri = stock ? "mongodb://127.0.0.1:" + stockServer.bind().getPort() : SharedMongoServer.uri();
        try (MongoClient client = MongoClients.create(uri)) {
            run(client, WARM_UP, stock); // not printed: lets the JIT compile the scan before the first measured size
            for (String size : sizes.split(",")) {
                rows.add(run(client, Integer.parseInt(size.strip()), stock));
                System.out.println(rows.get(rows.size() - 1));
            }
        } finally {
            if (stockServer != null) {
                stockServer.shutdownNow();
            }
        }
        System.out.println();
        System.out.println("Due scan vs raw indexed query (" + uri.replaceAll("//.*@", "//***@")
                + (stock ? ", stock wire server without indexes" : "")
                + ", Java " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
        rows.forEach(System.out::println);
    }

    private static String run(MongoClient client, int count, boolean stock) {
        String database = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, database);
        try {
            MutableClock clock = new MutableClock(SEED_DAY);
            OutboxRecorder recorder = new OutboxRecorder(clock);
            TaskDirectory tasks = new TaskDirectory(new TaskStore(mongo, recorder));
            ReminderProperties properties = new ReminderProperties(null, null, null, null, null, false, null, null, null);
            ReminderScanner scanner = new ReminderScanner(tasks, new TaskReminderStore(mongo, recorder),
                    new CalendarService(new CalendarOverrideStore(mongo, recorder), clock, Duration.ofHours(1)),
                    new QuarterOpener(tasks, new QuarterDigestStore(mongo, recorder), new QuarterOpeningStore(mongo),
                            properties, clock), properties, clock);

            long seedMs = seed(mongo, count, scanner);

            Query window = Query.query(Criteria.where(path("status")).in("PLANNED", "IN_PROGRESS", "OVERDUE")
                    .and(path("dueDate")).gte(scanner.windowStart(TODAY)).lte(scanner.windowEnd(TODAY)));
            int inWindow = mongo.find(window, Document.class, TaskDocument.COLLECTION).size();
            long rawMs = median(() -> timed(() -> mongo.find(window, Document.class, TaskDocument.COLLECTION).size()));

            clock.set(TODAY);
            long catchUpMs = timed(() -> scanner.scanLadders(TODAY));

            Optional<IndexStatistics> statistics = stock ? Optional.empty() : SharedMongoServer.indexStatistics();
            IndexStatistics.Snapshot before = statistics.map(IndexStatistics::snapshot).orElse(null);
            List<Long> steady = new ArrayList<>();
            int emitted = 0;
            for (int day = 1; day <= STEADY_DAYS; day++) {
                LocalDate scanDay = TODAY.plusDays(day);
                clock.set(scanDay);
                long start = System.nanoTime();
                emitted += scanner.scanLadders(scanDay).emitted();
                steady.add((System.nanoTime() - start) / 1_000_000);
            }
            long steadyMs = steady.stream().sorted().toList().get(STEADY_DAYS / 2);
            Optional<Long> read = statistics.map(s -> s.snapshot().since(before).positionsRead() / STEADY_DAYS);
            String readPerScan = read.map(String::valueOf)
                    .orElseGet(() -> stock ? "n/a" : keysExamined(mongo, window));

            // figures of a scan that did nothing, or read around its index, are not worth printing
            assertThat(inWindow).as("tasks in the window").isEqualTo(IN_WINDOW);
            assertThat(emitted).as("reminders emitted by the steady scans").isPositive();
            // the window, the reminders of its tasks (by id, one batch) and one entry per version-guarded save
            read.ifPresent(entries -> assertThat(entries).as("index entries read per scan")
                    .isBetween((long) IN_WINDOW, 3L * IN_WINDOW));

            return String.format(Locale.ROOT, "%-9d | %9d | %7.1f | %7d | %11d | %9d | %9d | %6.1f | %9s", count,
                    inWindow, seedMs / 1000.0, rawMs, catchUpMs, steadyMs, emitted / STEADY_DAYS,
                    (double) steadyMs / Math.max(1, rawMs), readPerScan);
        } finally {
            mongo.getDb().drop();
        }
    }

    /** {@value #IN_WINDOW} tasks due in the window of TODAY..TODAY+3 (every count/IN_WINDOW-th), the rest outside. */
    private static long seed(MongoTemplate mongo, int count, ReminderScanner scanner) {
        LocalDate windowFrom = scanner.windowStart(TODAY);
        LocalDate windowTo = scanner.windowEnd(TODAY);
        LocalDate keepClearTo = scanner.windowEnd(TODAY.plusDays(STEADY_DAYS));
        List<LocalDate> outside = new ArrayList<>();
        for (LocalDate day = SEED_DAY; day.getYear() == SEED_DAY.getYear(); day = day.plusDays(1)) {
            if (day.isBefore(windowFrom) || day.isAfter(keepClearTo)) {
                outside.add(day);
            }
        }
        int windowDays = (int) (windowTo.toEpochDay() - windowFrom.toEpochDay()) + 1;
        int stride = Math.max(1, count / IN_WINDOW);
        long start = System.nanoTime();
        List<TaskDocument> batch = new ArrayList<>();
        int placed = 0;
        for (int i = 0; i < count; i++) {
            boolean inWindow = i % stride == 0 && placed < IN_WINDOW;
            LocalDate due = inWindow ? windowFrom.plusDays(placed++ % windowDays) : outside.get(i % outside.size());
            TaskDraft draft = new TaskDraft(UUID.randomUUID().toString(), "Nhiệm vụ " + i,
                    TaskPeriod.date(due.toString(), due), "SNV", List.of("SYT", "SGDDT"),
                    EvidenceKind.REPORT, null, 0);
            Task task = Task.assign("bench-plan", "01/KH-UBND", 1, 2025, draft, SEED_DAY).aggregate();
            if (due.isBefore(windowFrom)) {
                task.markOverdue(due); // as the ladder left it: a task before the window was told it is late
            }
            TaskDocument document = new TaskDocument();
            document.hold(task.id(), task);
            // bulk inserts bypass the @Version initialisation that MongoTemplate.insert does
            document.setVersion(0L);
            batch.add(document);
            if (batch.size() == 5_000 || i == count - 1) {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TaskDocument.class).insert(batch).execute();
                batch.clear();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String keysExamined(MongoTemplate mongo, Query window) {
        Document explain = mongo.getDb().runCommand(new Document("explain",
                new Document("find", TaskDocument.COLLECTION).append("filter", window.getQueryObject()))
                .append("verbosity", "executionStats"));
        Document stats = explain.get("executionStats", Document.class);
        return stats == null ? "n/a" : String.valueOf(stats.get("totalKeysExamined"));
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    private static long median(LongSupplier measurement) {
        long[] runs = {measurement.getAsLong(), measurement.getAsLong(), measurement.getAsLong()};
        Arrays.sort(runs);
        return runs[1];
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty("benchmark.sizes", String.join(",", Arrays.asList(args)));
        }
        new DueScanBenchmark().due_scan_against_a_raw_indexed_query();
    }
}
