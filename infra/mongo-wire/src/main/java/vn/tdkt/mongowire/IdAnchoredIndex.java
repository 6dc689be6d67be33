package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Set;

/**
 * The {@code _id} index, which also serves a filter that names one {@code _id} among other conditions — a
 * version-guarded save {@code {_id, version}} for one. MongoDB answers such a filter from the {@code _id} index; the
 * wire server's own index only accepts a filter on {@code _id} alone and scans the collection otherwise. The
 * positions found are still matched against the whole filter, so the other conditions keep their meaning.
 */
final class IdAnchoredIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final Index<P> delegate;
    private final IndexStatistics statistics;

    IdAnchoredIndex(Index<P> delegate, boolean sparse, IndexStatistics statistics) {
        super(delegate.getName(), delegate.getKeys(), sparse);
        this.delegate = delegate;
        this.statistics = statistics;
    }

    @Override
    public boolean canHandle(Document query) {
        return delegate.canHandle(query) || anchor(query) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        if (delegate.canHandle(query)) {
            return delegate.getPositions(query);
        }
        Iterable<P> positions = delegate.getPositions(anchor(query));
        int count = 0;
        for (P ignored : positions) {
            count++;
        }
        statistics.idLookup(count);
        return positions;
    }

    /** The {@code _id} condition alone, if the filter has one the {@code _id} index can look up; otherwise null. */
    private Document anchor(Document query) {
        if (query.size() < 2 || !query.containsKey(ID)) {
            return null;
        }
        Object condition = query.get(ID);
        boolean scalarIn = condition instanceof Document document && document.keySet().equals(Set.of("$in"))
                && document.get("$in") instanceof Collection<?> values && values.stream().allMatch(QueryValues::isScalar);
        if (!QueryValues.isScalar(condition) && !scalarIn) {
            return null;
        }
        Document anchor = new Document(ID, condition);
        return delegate.canHandle(anchor) ? anchor : null;
    }

    @Override
    public P getPosition(Document document) {
        return delegate.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        delegate.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        delegate.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return delegate.remove(document);
    }

    @Override
    public long getCount() {
        return delegate.getCount();
    }

    @Override
    public boolean isEmpty() {
        return delegate.isEmpty();
    }

    @Override
    public long getDataSize() {
        return delegate.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        delegate.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        delegate.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        delegate.drop();
    }

    @Override
    public boolean isUnique() {
        return delegate.isUnique();
    }

    @Override
    public Document toIndexDescription() {
        return delegate.toIndexDescription();
    }
}
