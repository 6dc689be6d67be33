package vn.tdkt.platform.persistence;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The one way a store declares an index: in its constructor, {@code Indexes.ensure(mongo, COLLECTION, index…)}
 * with indexes built here. Nearly every index is ascending on one field or more, in order, and named
 * (the name, not the generated one, is what an operator sees in an explain plan); the rest list one key's entries
 * newest first. A store chains {@code unique()}, {@code sparse()}, a partial filter or an expiry onto the result (it
 * is Spring's {@link Index}) where it needs one.
 */
public final class Indexes {

    private Indexes() {
    }

    /**
     * Creates {@code indexes} on {@code collection}. Creating an index that exists already with the same keys and
     * options changes nothing, so every instance of a service declares its indexes at start.
     */
    public static void ensure(MongoOperations mongo, String collection, Index... indexes) {
        IndexOperations operations = mongo.indexOps(collection);
        for (Index index : indexes) {
            operations.createIndex(index);
        }
    }

    /** An index named {@code name}, ascending on {@code fields} in the order given. */
    public static Index ascending(String name, String... fields) {
        requireFields(name, fields);
        Index index = new Index();
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        return index.named(name);
    }

    /**
     * An index named {@code name}, ascending on every field but the last and descending on the last: the entries of
     * one key (a unit, a template) newest (latest, highest) first, as a list sorted by that last field descending reads
     * them.
     */
    public static Index newestFirst(String name, String... fields) {
        requireFields(name, fields);
        Index index = new Index();
        for (int i = 0; i < fields.length - 1; i++) {
            index.on(fields[i], Sort.Direction.ASC);
        }
        return index.on(fields[fields.length - 1], Sort.Direction.DESC).named(name);
    }

    private static void requireFields(String name, String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("An index needs a field: " + name);
        }
    }
}
