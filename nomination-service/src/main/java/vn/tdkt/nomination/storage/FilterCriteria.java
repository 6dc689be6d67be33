package vn.tdkt.nomination.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The criteria of a list's optional filters: a filter the caller did not give is left out, every other one must
 * hold. MongoDB criteria cannot repeat a key, so the parts are joined with {@code $and}.
 */
public final class FilterCriteria {

    private final List<Criteria> parts = new ArrayList<>();

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
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }
}
