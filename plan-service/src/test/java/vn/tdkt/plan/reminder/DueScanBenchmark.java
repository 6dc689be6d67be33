package vn.tdkt.plan.reminder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.plan.reminder.application.QuarterOpener;
import vn.tdkt.plan.reminder.application.ReminderProperties;
import vn.tdkt.plan.reminder.application.ReminderScanner;
import vn.tdkt.plan.support.MutableClock;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.PeriodKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plan.task.domain.TaskPeriod;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.plan.unit.persistence.UnitStore;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/**
 * Not a timed test: prints how long the due scan takes beside a raw indexed query over the same due-date window,
 * for 10^4, 10^5 and 10^6 tasks (due dates spread over one year, so about an eighth lies in the window).
 *
 * <pre>
 * ./mvnw -o -q -f plan-service/pom.xml test -Dgroups=benchmark -Dtest=DueScanBenchmark \
 *     [-Dbenchmark.sizes=10000,100000,1000000]       (MONGODB_URI=mongodb://... for a real MongoDB)
 * </pre>
 *
 * Columns: seed = bulk insert; raw = find over the window (status in open, dueDate in window) returning raw BSON;
 * catch-up = the first scan (marks the past steps of every task in the window as skipped: one write per task);
 * steady = the next day's scan (reads the window, writes only the tasks with a step that day); ratio = steady / raw.
 */
@Tag("benchmark")
class DueScanBenchmark {

    @Test
    void due_scan_against_a_raw_indexed_query() {
        String sizes = System.getProperty("benchmark.sizes", "10000,100000,1000000");
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-9s | %9s | %9s | %9s | %11s | %9s | %9s | %6s", "tasks", "in window",
                "seed ms", "raw ms", "catch-up ms", "steady ms", "emitted", "ratio"));
        try (MongoClient client = MongoClients.create(SharedMongoServer.uri())) {
            for (String size : sizes.split(",")) {
                rows.add(run(client, Integer.parseInt(size.strip())));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println();
        System.out.println("Due scan vs raw indexed query (" + SharedMongoServer.uri().replaceAll("//.*@", "//***@") + ")");
        rows.forEach(System.out::println);
    }

    private static String run(MongoClient client, int count) {
        String database = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        MongoTemplate mongo = new MongoTemplate(client, database);
        try {
            LocalDate seedDay = LocalDate.of(2025, 1, 1);
            MutableClock clock = new MutableClock(seedDay);
            TaskStore store = new TaskStore(mongo, new OutboxRecorder(clock));
            ReminderProperties properties = new ReminderProperties(null, null, null, null, null, false);
            ReminderScanner scanner = new ReminderScanner(store, new CalendarService(mongo, clock, java.time.Duration.ofHours(1)),
                    new QuarterOpener(store, new UnitStore(mongo, new OutboxRecorder(clock))), properties, clock);

            long seedStart = System.nanoTime();
            List<TaskDocument> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate due = seedDay.plusDays(i % 365);
                TaskDraft draft = new TaskDraft(UUID.randomUUID().toString(), "Nhiệm vụ " + i,
                        new TaskPeriod(due.toString(), PeriodKind.DATE, due, "Ngày"), "SNV", List.of("SYT", "SGDDT"),
                        EvidenceKind.REPORT, null, 0);
                TaskDocument document = new TaskDocument(Task.assign("bench-plan", "01/KH-UBND", 1, 2025, draft, seedDay).task());
                // bulk inserts bypass the @Version initialisation that MongoTemplate.insert does
                document.setVersion(0L);
                batch.add(document);
                if (batch.size() == 5_000 || i == count - 1) {
                    mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TaskDocument.class).insert(batch).execute();
                    batch.clear();
                }
            }
            long seedMs = (System.nanoTime() - seedStart) / 1_000_000;

            LocalDate today = LocalDate.of(2025, 6, 16);
            clock.set(today);
            Query window = Query.query(Criteria.where(TaskDocument.STATUS).in(TaskStore.names(TaskStore.OPEN))
                    .and(TaskDocument.DUE_DATE).gte(scanner.windowStart(today)).lte(scanner.windowEnd(today)));
            long rawStart = System.nanoTime();
            int inWindow = mongo.find(window, Document.class, TaskDocument.COLLECTION).size();
            long rawMs = Math.max(1, (System.nanoTime() - rawStart) / 1_000_000);

            long catchUpStart = System.nanoTime();
            scanner.scanLadders(today);
            long catchUpMs = (System.nanoTime() - catchUpStart) / 1_000_000;

            clock.set(today.plusDays(1));
            long steadyStart = System.nanoTime();
            ReminderScanner.ScanResult steady = scanner.scanLadders(today.plusDays(1));
            long steadyMs = (System.nanoTime() - steadyStart) / 1_000_000;

            return String.format(Locale.ROOT, "%-9d | %9d | %9d | %9d | %11d | %9d | %9d | %6.1f", count, inWindow,
                    seedMs, rawMs, catchUpMs, steadyMs, steady.emitted(), (double) steadyMs / rawMs);
        } finally {
            mongo.getDb().drop();
        }
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty("benchmark.sizes", String.join(",", Arrays.asList(args)));
        }
        new DueScanBenchmark().due_scan_against_a_raw_indexed_query();
    }
}
