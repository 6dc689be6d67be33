package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secondary indexes of one collection, so that a filter is served by the index that narrows it most. The wire
 * server asks its indexes in creation order and takes the first that accepts; each secondary index therefore accepts
 * only if no sibling would narrow the filter more (see {@link SecondaryIndex#score}; the older index wins a tie),
 * a rough stand-in for MongoDB's planner, which races the candidate plans and keeps the one that reads least.
 */
final class IndexChoice {

    private final List<SecondaryIndex<?>> indexes = new CopyOnWriteArrayList<>();

    /**
     * Registers a new index unless one of that name is already registered: a repeated {@code createIndex} builds an
     * index object that the collection then discards, keeping the one it has.
     */
    synchronized void add(SecondaryIndex<?> index) {
        if (indexes.stream().noneMatch(existing -> existing.getName().equals(index.getName()))) {
            indexes.add(index);
        }
    }

    void remove(SecondaryIndex<?> index) {
        indexes.remove(index);
    }

    boolean isBest(SecondaryIndex<?> candidate, Document query) {
        int score = candidate.score(query);
        if (score == 0) {
            return false;
        }
        boolean older = true;
        for (SecondaryIndex<?> other : indexes) {
            if (other == candidate) {
                older = false;
                continue;
            }
            int otherScore = other.score(query);
            if (otherScore > score || older && otherScore == score) {
                return false;
            }
        }
        return true;
    }
}
