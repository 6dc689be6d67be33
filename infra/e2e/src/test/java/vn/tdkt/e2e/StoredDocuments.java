package vn.tdkt.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every document of every service's database at one moment, as JSON, by {@code database.collection}: two readings
 * compare equal only when nothing was inserted, changed or deleted between them (outside {@link #NOT_STATE}). For a
 * small store (a fresh stack, or one with the demo data: hundreds of documents), not a loaded one.
 */
final class StoredDocuments {

    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "config", "local");
    /**
     * Collections that change with time or with every call by design: the schedulers' locks, renewed as they run,
     * and the public pages' rate-limit counters, whose job is to count calls, refused ones too.
     */
    private static final Set<String> NOT_STATE = Set.of("shedLock", "rate_limit_counters");

    private static final Duration FIRST_RUNS = Duration.ofSeconds(45);

    private final Map<String, List<String>> byCollection;

    private StoredDocuments(Map<String, List<String>> byCollection) {
        this.byCollection = byCollection;
    }

    static StoredDocuments read(String mongoUri) {
        Map<String, List<String>> byCollection = new TreeMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (String name : client.listDatabaseNames()) {
                if (SYSTEM_DATABASES.contains(name)) {
                    continue;
                }
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    if (NOT_STATE.contains(collection)) {
                        continue;
                    }
                    List<String> documents = new ArrayList<>();
                    database.getCollection(collection).find().forEach(document -> documents.add(document.toJson()));
                    documents.sort(null);
                    byCollection.put(name + "." + collection, documents);
                }
            }
        }
        return new StoredDocuments(byCollection);
    }

    /**
     * A reading once what the stack does by itself at start-up is done: the scheduled jobs that can change a fresh
     * store have made their first runs (their first delays are at most 40 s after start), and two readings five
     * seconds apart agree.
     *
     * @param since when the stack was ready
     * @throws IllegalStateException when the store is still changing after two minutes
     */
    static StoredDocuments readWhenQuiet(String mongoUri, Instant since) throws InterruptedException {
        long wait = Duration.between(Instant.now(), since.plus(FIRST_RUNS)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        StoredDocuments last = read(mongoUri);
        List<String> changes = List.of();
        for (int reading = 0; reading < 24; reading++) {
            Thread.sleep(5_000);
            StoredDocuments now = read(mongoUri);
            changes = now.changesSince(last);
            if (changes.isEmpty()) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("The store is still changing by itself after two minutes: " + changes);
    }

    /** The collections whose documents differ between the two readings, with their counts then and now. */
    List<String> changesSince(StoredDocuments earlier) {
        Set<String> names = new TreeSet<>(byCollection.keySet());
        names.addAll(earlier.byCollection.keySet());
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            List<String> then = earlier.byCollection.getOrDefault(name, List.of());
            List<String> now = byCollection.getOrDefault(name, List.of());
            if (!Objects.equals(then, now)) {
                List<String> gone = new ArrayList<>(then);
                gone.removeAll(now);
                List<String> added = new ArrayList<>(now);
                added.removeAll(then);
                changes.add(name + ": " + then.size() + " documents before, " + now.size() + " after; "
                        + firstDifference(gone, added));
            }
        }
        return changes;
    }

    /** Where the first document that went and the first that came differ, with some text around it. */
    private static String firstDifference(List<String> gone, List<String> added) {
        String before = gone.isEmpty() ? "" : gone.get(0);
        String after = added.isEmpty() ? "" : added.get(0);
        int at = 0;
        while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 120);
        return "was …" + before.substring(Math.min(from, before.length()), Math.min(before.length(), at + 200))
                + "… now …" + after.substring(Math.min(from, after.length()), Math.min(after.length(), at + 200))
                + "…";
    }

    int collections() {
        return byCollection.size();
    }

    int documents() {
        return byCollection.values().stream().mapToInt(List::size).sum();
    }
}
