package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory wire-server backend (tests, benchmarks) with secondary indexes and {@code _id}-anchored lookups. */
public class IndexedMemoryBackend extends MemoryBackend {

    // no initialiser: a superclass constructor may open databases before field initialisers would run
    private IndexStatistics statistics;
    private Map<String, IndexChoice> choices;

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    private synchronized IndexChoice choice(String databaseName, String collectionName) {
        if (choices == null) {
            choices = new ConcurrentHashMap<>();
        }
        return choices.computeIfAbsent(databaseName + "." + collectionName, name -> new IndexChoice());
    }

    /** What this server's indexes served so far. */
    public synchronized IndexStatistics statistics() {
        if (statistics == null) {
            statistics = new IndexStatistics();
        }
        return statistics;
    }

    private final class Database extends MemoryDatabase {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return WireIndexes.unique(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse,
                    statistics());
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return WireIndexes.secondary(collectionName, indexName, keys, sparse, statistics(),
                    choice(getDatabaseName(), collectionName));
        }
    }
}
