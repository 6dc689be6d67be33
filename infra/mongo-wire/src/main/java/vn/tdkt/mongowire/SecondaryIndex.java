package vn.tdkt.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A non-unique (possibly compound, possibly multikey) index for the MongoDB-wire server, which otherwise ignores
 * every index that is not unique. An ordered map from key values to the documents carrying them.
 *
 * <p>It serves a filter whose first indexed field has an equality or {@code $in} condition, or a range
 * ({@code $gt/$gte/$lt/$lte}), and narrows further by the next fields while their conditions are equalities — the
 * same prefix rule as a MongoDB compound index. What it returns is a superset: every position is matched against
 * the whole filter afterwards, so a condition the index does not understand only widens the lookup, never changes
 * the answer. For the same reason a range on a field that holds arrays in some document is not used to narrow
 * (an array can satisfy the two bounds with two different elements).
 *
 * <p>Partial and sparse options are accepted and every document is indexed (again a superset). TTL expiry, text and
 * geospatial lookups are not provided, as before.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final String ID = "_id";
    private static final Object LOW = new Object();
    private static final Object HIGH = new Object();
    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final NavigableMap<List<Object>, Map<Object, P>> entries = new TreeMap<>(SecondaryIndex::compareKeys);
    private final Set<String> multikeyFields = ConcurrentHashMap.newKeySet();
    private final IndexStatistics statistics;
    private final IndexChoice siblings;
    private long documents;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, IndexStatistics statistics, IndexChoice siblings) {
        super(name, keys, sparse);
        this.statistics = statistics;
        this.siblings = siblings;
        siblings.add(this);
    }

    @Override
    public boolean canHandle(Document query) {
        return siblings.isBest(this, query);
    }

    /**
     * How far this index narrows the filter, summed over the fields it can use: 3 for an equality, 2 for an
     * {@code $in}, 1 for the final range; 0 if unusable.
     */
    int score(Document query) {
        int score = 0;
        for (Condition condition : bounds(query)) {
            score += condition.points() == null ? 1 : condition.points().size() == 1 ? 3 : 2;
        }
        return score;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        List<Condition> conditions = bounds(query);
        List<List<Object>> prefixes = List.of(List.of());
        Condition last = null;
        for (Condition condition : conditions) {
            if (condition.points() == null) {
                last = condition;
                break;
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object point : condition.points()) {
                    List<Object> key = new ArrayList<>(prefix);
                    key.add(point);
                    longer.add(key);
                }
            }
            prefixes = longer;
        }
        Set<P> positions = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes) {
            List<Object> from = new ArrayList<>(prefix);
            List<Object> to = new ArrayList<>(prefix);
            if (last != null) {
                from.add(last.low());
                to.add(last.high());
            }
            while (from.size() < keys().size()) {
                from.add(LOW);
                to.add(HIGH);
            }
            if (compareKeys(from, to) > 0) {
                continue; // an empty range ({$gt: b, $lt: a} with a < b) matches nothing
            }
            for (Map<Object, P> byId : entries.subMap(from, true, to, true).values()) {
                positions.addAll(byId.values());
            }
        }
        List<P> result = new ArrayList<>(positions);
        if (result.stream().allMatch(Integer.class::isInstance)) {
            // the in-memory backend's positions are insertion slots: keep the order a collection scan would give
            result.sort(null);
        }
        statistics.secondaryLookup(result.size());
        return result;
    }

    /**
     * The usable conditions on a prefix of the index's fields: equalities while they last, then at most one range.
     * Empty if the first field has no usable condition.
     */
    private List<Condition> bounds(Document query) {
        List<Condition> conditions = new ArrayList<>();
        for (String field : keys()) {
            Condition condition = condition(field, query);
            if (condition == null) {
                break;
            }
            conditions.add(condition);
            if (condition.points() == null) {
                break;
            }
        }
        return conditions;
    }

    /**
     * The condition on a field, from the filter itself or from a top-level {@code $and} (as the driver's
     * {@code Filters.and} writes it). Any one conjunct's condition gives a superset: the first equality is taken, or
     * else the ranges together.
     */
    private Condition condition(String field, Document query) {
        List<Object> candidates = new ArrayList<>();
        if (query.containsKey(field)) {
            candidates.add(query.get(field));
        }
        if (query.get("$and") instanceof Collection<?> conjuncts) {
            for (Object conjunct : conjuncts) {
                if (conjunct instanceof Document clause && clause.containsKey(field)) {
                    candidates.add(clause.get(field));
                }
            }
        }
        Condition range = null;
        for (Object candidate : candidates) {
            Condition condition = condition(field, candidate);
            if (condition != null && condition.points() != null) {
                return condition;
            }
            if (condition != null) {
                // conjuncts hold together: the tighter bound of each side ({due: {$gte}} and {due: {$lte}})
                range = range == null ? condition : Condition.range(
                        compare(condition.low(), range.low()) > 0 ? condition.low() : range.low(),
                        compare(condition.high(), range.high()) < 0 ? condition.high() : range.high());
            }
        }
        return range;
    }

    private Condition condition(String field, Object value) {
        if (QueryValues.isScalar(value)) {
            return Condition.point(List.of(QueryValues.normalize(value)));
        }
        if (!(value instanceof Document operators) || operators.isEmpty()) {
            return null;
        }
        if (operators.keySet().equals(Set.of("$eq")) && QueryValues.isScalar(operators.get("$eq"))) {
            return Condition.point(List.of(QueryValues.normalize(operators.get("$eq"))));
        }
        if (operators.keySet().equals(Set.of("$in")) && operators.get("$in") instanceof Collection<?> values
                && values.stream().allMatch(QueryValues::isScalar)) {
            return Condition.point(values.stream().map(QueryValues::normalize).distinct().toList());
        }
        if (RANGE_OPERATORS.containsAll(operators.keySet()) && !multikeyFields.contains(field)
                && operators.values().stream().allMatch(QueryValues::isScalar)) {
            Object low = LOW;
            Object high = HIGH;
            for (Map.Entry<String, Object> operator : operators.entrySet()) {
                Object bound = QueryValues.normalize(operator.getValue());
                if (operator.getKey().startsWith("$g")) {
                    low = low == LOW || compare(bound, low) > 0 ? bound : low;
                } else {
                    high = high == HIGH || compare(bound, high) < 0 ? bound : high;
                }
            }
            return Condition.range(low, high);
        }
        return null;
    }

    private record Condition(List<Object> points, Object low, Object high) {

        static Condition point(List<Object> points) {
            return new Condition(points, null, null);
        }

        static Condition range(Object low, Object high) {
            return new Condition(null, low, high);
        }
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
        keysOf(document); // rejects parallel arrays in a compound index, as MongoDB does
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        for (String field : keys()) {
            if (Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection) {
                multikeyFields.add(field);
            }
        }
        Object id = document.get(ID);
        for (List<Object> key : keysOf(document)) {
            entries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(id, position);
        }
        documents++;
    }

    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        P removed = null;
        for (List<Object> key : keysOf(document)) {
            Map<Object, P> byId = entries.get(key);
            if (byId != null) {
                P position = byId.remove(id);
                removed = position != null ? position : removed;
                if (byId.isEmpty()) {
                    entries.remove(key);
                }
            }
        }
        if (removed != null) {
            documents--;
        }
        return removed;
    }

    @Override
    public synchronized P getPosition(Document document) {
        Map<Object, P> byId = entries.get(keysOf(document).iterator().next());
        return byId == null ? null : byId.get(document.get(ID));
    }

    @Override
    public synchronized void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        keysOf(newDocument);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
            MongoCollection<P> collection) {
        if (remove(oldDocument) != null) {
            add(newDocument, position, collection);
        }
    }

    @Override
    public synchronized long getCount() {
        return documents;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        siblings.remove(this);
        entries.clear();
        multikeyFields.clear();
        documents = 0;
    }

    /**
     * The index keys of a document, one per array element for a multikey field. An empty array counts as null in
     * its field (the wire server would give the document no key at all, losing the other fields). A component that
     * is itself a document or an array is keyed by its text: the wire server's comparator does not find an empty
     * array equal to another, and no filter this index narrows by compares against such values anyway.
     */
    private Set<List<Object>> keysOf(Document document) {
        Document keyed = document;
        for (String field : keys()) {
            if (!field.contains(".") && document.get(field) instanceof Collection<?> values && values.isEmpty()) {
                keyed = keyed == document ? new Document(document) : keyed;
                keyed.put(field, null);
            }
        }
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (KeyValue keyValue : getKeyValues(keyed)) {
            List<Object> key = new ArrayList<>(keyValue.size());
            keyValue.forEach(value -> key.add(value instanceof Map || value instanceof Collection
                    ? String.valueOf(value) : value));
            keys.add(key);
        }
        if (keys.isEmpty()) {
            // an empty array below a dotted path: kept under an all-null key so the document can be removed
            List<Object> key = new ArrayList<>();
            keys().forEach(field -> key.add(null));
            keys.add(key);
        }
        return keys;
    }

    private static int compareKeys(List<Object> left, List<Object> right) {
        for (int i = 0; i < left.size(); i++) {
            int order = compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compare(Object left, Object right) {
        if (left == right) {
            return 0;
        }
        if (left == LOW || right == HIGH) {
            return -1;
        }
        if (left == HIGH || right == LOW) {
            return 1;
        }
        return VALUES.compare(left, right);
    }
}
