package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The H2-file wire-server backend (the local stack) with secondary indexes and {@code _id}-anchored lookups.
 * Secondary indexes live in memory and are rebuilt from the documents when a database is opened; unique indexes
 * stay in the H2 store as before.
 */
public class IndexedH2Backend extends H2Backend {

    // no initialiser: the superclass constructor opens the stored databases before field initialisers would run
    private WireIndexes indexes;

    public IndexedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
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

    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return indexes().unique(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return indexes().secondary(getDatabaseName(), collectionName, indexName, keys, sparse);
        }
    }
}
