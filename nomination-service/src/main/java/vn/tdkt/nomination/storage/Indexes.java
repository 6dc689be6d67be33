package vn.tdkt.nomination.storage;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The indexes the stores declare. Nearly all of them are ascending on one field or more, in order, and named (the
 * name, not the generated one, is what an operator sees in an explain plan); a store chains {@code unique()},
 * {@code sparse()} or an expiry onto the result where it needs one.
 */
public final class Indexes {

    private Indexes() {
    }

    /** An index named {@code name}, ascending on {@code fields} in the order given. */
    public static Index ascending(String name, String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("An index needs a field: " + name);
        }
        Index index = new Index();
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        return index.named(name);
    }
}
