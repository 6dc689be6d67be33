package vn.tdkt.platform.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The one way a store builds a list's optional filters: a filter the caller did not give is left out, every other
 * one must hold, and so must the parts that are {@link #always} there. MongoDB criteria cannot repeat a key, so two
 * parts or more are joined with {@code $and}; a single part stands alone.
 */
public final class FilterCriteria {

    private final List<Criteria> parts = new ArrayList<>();

    /** A part that always holds: the list's fixed condition, which the optional filters narrow. */
    public FilterCriteria always(Criteria criterion) {
        parts.add(criterion);
        return this;
    }

    /** {@code field} equals {@code value}, unless {@code value} is {@code null}; enums are stored by name. */
    public FilterCriteria equal(String field, Object value) {
        if (value != null) {
            parts.add(where(field).is(value instanceof Enum<?> e ? e.name() : value));
        }
        return this;
    }

    /** The criterion, when the filter was given. */
    public FilterCriteria when(boolean given, Supplier<Criteria> criterion) {
        if (given) {
            parts.add(criterion.get());
        }
        return this;
    }

    /** All parts; no part matches everything. */
    public Criteria all() {
        return switch (parts.size()) {
            case 0 -> new Criteria();
            case 1 -> parts.get(0);
            default -> new Criteria().andOperator(parts);
        };
    }
}
