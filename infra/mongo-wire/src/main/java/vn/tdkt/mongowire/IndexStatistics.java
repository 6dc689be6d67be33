package vn.tdkt.mongowire;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the indexes of one wire server did: how many queries they served and how many document positions those
 * lookups handed to the matcher. Lets a test or a benchmark show that a query was answered from an index and how
 * much it read, which the wire server's own {@code explain} does not tell.
 */
public final class IndexStatistics {

    private final LongAdder secondaryLookups = new LongAdder();
    private final LongAdder idLookups = new LongAdder();
    private final LongAdder positionsRead = new LongAdder();
    private final LongAdder documentsScanned = new LongAdder();

    void secondaryLookup(int positions) {
        secondaryLookups.increment();
        positionsRead.add(positions);
    }

    void idLookup(int positions) {
        idLookups.increment();
        positionsRead.add(positions);
    }

    void scanned(long documents) {
        documentsScanned.add(documents);
    }

    /**
     * Documents read by whole-collection scans: queries no index could serve, and aggregations (which the wire
     * server always runs over every document, e.g. the driver's {@code countDocuments}). Counted by the in-memory
     * backend only.
     */
    public long documentsScanned() {
        return documentsScanned.sum();
    }

    /** Queries answered through a secondary index. */
    public long secondaryLookups() {
        return secondaryLookups.sum();
    }

    /** Queries naming one {@code _id} (plus other conditions) answered through the {@code _id} index. */
    public long idLookups() {
        return idLookups.sum();
    }

    /** Document positions those lookups returned (each one is then matched against the whole query). */
    public long positionsRead() {
        return positionsRead.sum();
    }

    public Snapshot snapshot() {
        return new Snapshot(secondaryLookups(), idLookups(), positionsRead(), documentsScanned());
    }

    public record Snapshot(long secondaryLookups, long idLookups, long positionsRead, long documentsScanned) {

        public Snapshot since(Snapshot earlier) {
            return new Snapshot(secondaryLookups - earlier.secondaryLookups, idLookups - earlier.idLookups,
                    positionsRead - earlier.positionsRead, documentsScanned - earlier.documentsScanned);
        }
    }
}
