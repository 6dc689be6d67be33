package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The index choices both backends make, and what one server's indexes share: statistics, sibling sets. */
final class WireIndexes {

    private static final Logger log = LoggerFactory.getLogger(WireIndexes.class);

    private final IndexStatistics statistics = new IndexStatistics();
    private final Map<String, IndexChoice> choices = new ConcurrentHashMap<>();

    IndexStatistics statistics() {
        return statistics;
    }

    /** The {@code _id} index also serves filters naming one {@code _id}; other unique indexes stay as they are. */
    <P> Index<P> unique(Index<P> index, boolean sparse) {
        boolean idIndex = index.getKeys().size() == 1 && "_id".equals(index.getKeys().get(0).getKey());
        return idIndex ? new IdAnchoredIndex<>(index, sparse, statistics) : index;
    }

    <P> Index<P> secondary(String databaseName, String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        log.debug("adding secondary index {} {} for collection {}.{}", indexName, keys, databaseName, collectionName);
        IndexChoice siblings = choices.computeIfAbsent(databaseName + "." + collectionName, name -> new IndexChoice());
        return new SecondaryIndex<>(indexName, keys, sparse, statistics, siblings);
    }
}
