package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;

/**
 * An in-memory collection that counts the documents its whole-collection scans read, so that a test can tell a
 * lookup from a scan by what was read rather than by time.
 */
final class ScanCountingCollection extends MemoryCollection {

    private final IndexStatistics statistics;

    ScanCountingCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors,
            IndexStatistics statistics) {
        super(database, name, options, cursors);
        this.statistics = statistics;
    }

    /** Reached only when no index can serve the filter: every document is matched. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
            int batchSize, Document fieldSelector) {
        statistics.scanned(count());
        return super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    /** What aggregations read: the whole collection. */
    @Override
    protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
        return super.streamAllDocumentsWithPosition().peek(document -> statistics.scanned(1));
    }
}
