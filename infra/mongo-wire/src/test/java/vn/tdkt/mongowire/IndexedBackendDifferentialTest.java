package vn.tdkt.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The indexed backend must answer every filter exactly as the plain wire server does (which scans and matches every
 * document): same documents, same order. Random documents with the awkward cases (missing and null fields, arrays,
 * empty arrays, mixed number types, values of another type), random filters, and writes in between that must keep
 * the indexes current.
 */
class IndexedBackendDifferentialTest {

    private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "OVERDUE", "DONE");
    private static final List<String> UNITS = List.of("SNV", "SYT", "SGDDT", "VPUBND", "PCHIENGLE");

    private static final StockAndIndexedServers servers = new StockAndIndexedServers();

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void every_filter_finds_the_same_documents_in_the_same_order_while_documents_change() {
        Random random = new Random(20261122L);
        MongoCollection<Document> plain = collection(servers.plain, "random");
        MongoCollection<Document> indexed = collection(servers.indexed, "random");
        List<Document> seed = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            seed.add(randomDocument(random, i));
        }
        plain.insertMany(seed);
        indexed.insertMany(seed.stream().map(Document::new).toList());
        IndexStatistics.Snapshot before = servers.indexedBackend.statistics().snapshot();
        for (int round = 0; round < 30; round++) {
            for (int q = 0; q < 20; q++) {
                Bson filter = randomFilter(random);
                assertThat(ids(indexed, filter)).as("filter %s", filter).isEqualTo(ids(plain, filter));
                assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(plain.countDocuments(filter));
            }
            for (int w = 0; w < 30; w++) {
                randomWrite(random, plain, indexed);
            }
        }
        IndexStatistics.Snapshot served = servers.indexedBackend.statistics().snapshot().since(before);
        // the comparison above would also pass if no index were ever used: make sure they were
        assertThat(served.secondaryLookups()).isGreaterThan(300);
        assertThat(served.idLookups()).isGreaterThan(50);
    }

    @Test
    void a_selective_filter_reads_only_the_matching_entries_of_its_index() {
        MongoCollection<Document> indexed = collection(servers.indexed, "selective");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            documents.add(new Document("_id", i).append("status", STATUSES.get(i % 4))
                    .append("due", DAY0.plus(i % 365, ChronoUnit.DAYS)).append("units", List.of(UNITS.get(i % 5)))
                    .append("version", 0L));
        }
        indexed.insertMany(documents);

        IndexStatistics.Snapshot before = servers.indexedBackend.statistics().snapshot();
        Bson window = com.mongodb.client.model.Filters.and(
                com.mongodb.client.model.Filters.in("status", "PLANNED", "IN_PROGRESS"),
                com.mongodb.client.model.Filters.gte("due", DAY0.plus(100, ChronoUnit.DAYS)),
                com.mongodb.client.model.Filters.lte("due", DAY0.plus(109, ChronoUnit.DAYS)));
        int found = ids(indexed, window).size();
        IndexStatistics.Snapshot served = servers.indexedBackend.statistics().snapshot().since(before);

        assertThat(found).isPositive();
        assertThat(served.secondaryLookups()).isEqualTo(1);
        assertThat(served.positionsRead()).isEqualTo(found);

        // of two usable indexes the one that narrows more serves, even when created later: units is an equality
        // in (units, due), status only a range in (status, due)
        before = servers.indexedBackend.statistics().snapshot();
        int snv = ids(indexed, new Document("status", new Document("$gte", "P")).append("units", "SNV")).size();
        served = servers.indexedBackend.statistics().snapshot().since(before);
        assertThat(snv).isEqualTo(500);
        assertThat(served.positionsRead()).isEqualTo(2_000);

        // one unit (an equality) narrows more than a list of statuses ($in) in front of the same due-date range
        Document unitWindow = new Document("status", new Document("$in", List.of("PLANNED", "IN_PROGRESS")))
                .append("units", "SNV").append("due", new Document("$gte", DAY0.plus(100, ChronoUnit.DAYS))
                        .append("$lte", DAY0.plus(109, ChronoUnit.DAYS)));
        before = servers.indexedBackend.statistics().snapshot();
        int unitFound = ids(indexed, unitWindow).size();
        served = servers.indexedBackend.statistics().snapshot().since(before);
        long unitInRange = indexed.countDocuments(new Document("units", "SNV").append("due", unitWindow.get("due")));
        assertThat(unitFound).isPositive().isLessThan((int) unitInRange);
        assertThat(served.positionsRead()).isEqualTo(unitInRange);

        before = servers.indexedBackend.statistics().snapshot();
        Document replaced = indexed.findOneAndReplace(new Document("_id", 4_321).append("version", 0L),
                new Document("status", "DONE").append("version", 1L));
        served = servers.indexedBackend.statistics().snapshot().since(before);
        assertThat(replaced).isNotNull();
        assertThat(served.idLookups()).isEqualTo(1);
        assertThat(served.positionsRead()).isEqualTo(1);
        assertThat(indexed.find(new Document("_id", 4_321).append("version", 0L)).first()).isNull();
        assertThat(indexed.find(new Document("_id", 4_321).append("version", 1L)).first()).containsEntry("status", "DONE");
    }

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        MongoCollection<Document> collection = client.getDatabase("differential").getCollection(name);
        collection.createIndex(Indexes.ascending("status", "due"));
        collection.createIndex(Indexes.ascending("units", "due"));
        collection.createIndex(Indexes.ascending("plan"));
        collection.createIndex(Indexes.ascending("pending"), new IndexOptions().sparse(true));
        return collection;
    }

    private static Document randomDocument(Random random, int id) {
        Document document = new Document("_id", random.nextBoolean() ? id : "t-" + id).append("version", 0L);
        putSometimes(random, document, "status", () -> switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> 7;
            default -> STATUSES.get(random.nextInt(STATUSES.size()));
        });
        putSometimes(random, document, "due", () -> random.nextInt(15) == 0
                ? "2026-03-01" : DAY0.plus(random.nextInt(120), ChronoUnit.DAYS));
        putSometimes(random, document, "units", () -> switch (random.nextInt(6)) {
            case 0 -> List.of();
            case 1 -> UNITS.get(random.nextInt(UNITS.size()));
            default -> randomUnits(random);
        });
        putSometimes(random, document, "plan", () -> switch (random.nextInt(3)) {
            case 0 -> random.nextInt(5);
            case 1 -> (long) random.nextInt(5);
            default -> random.nextInt(10) / 2.0;
        });
        if (random.nextInt(4) == 0) {
            document.append("pending", true);
        }
        return document;
    }

    private static List<String> randomUnits(Random random) {
        List<String> units = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            units.add(UNITS.get(random.nextInt(UNITS.size())));
        }
        return units;
    }

    private static void putSometimes(Random random, Document document, String field, java.util.function.Supplier<Object> value) {
        if (random.nextInt(10) > 0) {
            document.append(field, value.get());
        }
    }

    private static Bson randomFilter(Random random) {
        Instant from = DAY0.plus(random.nextInt(120), ChronoUnit.DAYS);
        Instant to = from.plus(random.nextInt(30), ChronoUnit.DAYS);
        String status = STATUSES.get(random.nextInt(STATUSES.size()));
        String unit = UNITS.get(random.nextInt(UNITS.size()));
        return switch (random.nextInt(15)) {
            case 0 -> new Document("status", status);
            case 1 -> new Document("status", new Document("$in", List.of("PLANNED", "OVERDUE", 7)))
                    .append("due", new Document("$gte", from).append("$lte", to));
            case 2 -> new Document("status", status).append("due", new Document("$gt", from));
            case 3 -> new Document("status", status).append("due", new Document("$lt", to).append("$gte", "2026"));
            case 4 -> new Document("units", unit).append("due", new Document("$gte", from).append("$lte", to));
            case 5 -> new Document("units", new Document("$in", List.of(unit, "SNV")));
            case 6 -> new Document("plan", random.nextInt(5));
            case 7 -> new Document("plan", new Document("$gte", 1L).append("$lt", 3.5));
            case 8 -> new Document("_id", random.nextBoolean() ? random.nextInt(1_600) : "t-" + random.nextInt(1_600))
                    .append("version", (long) random.nextInt(3));
            case 9 -> new Document("status", status).append("units", new Document("$size", 2));
            case 10 -> new Document("status", null);
            case 11 -> new Document("units", new Document("$gte", "SN").append("$lte", "SZ"));
            case 12 -> new Document("pending", true).append("status", new Document("$ne", "DONE"));
            case 13 -> new Document("status", new Document("$gte", "P")).append("units", unit)
                    .append("due", new Document("$lte", to));
            default -> new Document("status", new Document("$eq", status))
                    .append("$or", List.of(new Document("plan", 2), new Document("units", unit)));
        };
    }

    private static void randomWrite(Random random, MongoCollection<Document> plain, MongoCollection<Document> indexed) {
        int kind = random.nextInt(5);
        Object id = random.nextBoolean() ? random.nextInt(1_600) : "t-" + random.nextInt(1_600);
        Document probe = randomDocument(random, 0);
        Function<MongoCollection<Document>, Object> write = switch (kind) {
            case 0 -> c -> c.updateOne(new Document("_id", id), new Document("$set", new Document("status",
                    probe.get("status")).append("due", probe.get("due")).append("units", probe.get("units"))));
            case 1 -> c -> c.deleteOne(new Document("_id", id));
            case 2 -> c -> c.findOneAndReplace(new Document("_id", id).append("version", 0L),
                    new Document(probe).append("_id", id).append("version", 1L));
            case 3 -> c -> c.updateMany(new Document("status", "OVERDUE").append("plan", 1),
                    new Document("$set", new Document("status", "DONE")).append("$unset", new Document("pending", "")));
            default -> c -> c.insertOne(new Document(probe).append("_id", "new-" + random.nextLong()));
        };
        if (kind == 4) {
            Document fresh = new Document(probe).append("_id", "new-" + Math.abs(random.nextLong()));
            plain.insertOne(fresh);
            indexed.insertOne(new Document(fresh));
        } else {
            write.apply(plain);
            write.apply(indexed);
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
        List<Object> ids = new ArrayList<>();
        collection.find(filter).forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
