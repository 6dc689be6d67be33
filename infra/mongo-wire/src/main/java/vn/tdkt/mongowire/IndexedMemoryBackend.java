package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** The in-memory wire-server backend (tests, benchmarks) with secondary indexes and {@code _id}-anchored lookups. */
public class IndexedMemoryBackend extends MemoryBackend {

    // no initialiser: a superclass constructor may open databases before field initialisers would run
    private WireIndexes indexes;

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /** What this server's indexes served so far. */
    public IndexStatistics statistics() {
        return indexes().statistics();
    }

    private synchronized WireIndexes indexes() {
        if (indexes == null) {
            indexes = new WireIndexes();
        }
        return indexes;
    }

    private final class Database extends MemoryDatabase {

        private final CursorRegistry cursors;

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
            this.cursors = cursorRegistry;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new ScanCountingCollection(this, collectionName, options, cursors, indexes().statistics());
        }

        @Override
        protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return indexes().unique(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return indexes().secondary(getDatabaseName(), collectionName, indexName, keys, sparse);
        }
    }
}
