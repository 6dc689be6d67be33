package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The index choices both backends make. */
final class WireIndexes {

    private static final Logger log = LoggerFactory.getLogger(WireIndexes.class);

    private WireIndexes() {
    }

    /** The {@code _id} index also serves filters naming one {@code _id}; other unique indexes stay as they are. */
    static <P> Index<P> unique(Index<P> index, boolean sparse, IndexStatistics statistics) {
        boolean idIndex = index.getKeys().size() == 1 && "_id".equals(index.getKeys().get(0).getKey());
        return idIndex ? new IdAnchoredIndex<>(index, sparse, statistics) : index;
    }

    static <P> Index<P> secondary(String collectionName, String indexName, List<IndexKey> keys, boolean sparse,
            IndexStatistics statistics, IndexChoice siblings) {
        log.debug("adding secondary index {} {} for collection {}", indexName, keys, collectionName);
        return new SecondaryIndex<>(indexName, keys, sparse, statistics, siblings);
    }
}
