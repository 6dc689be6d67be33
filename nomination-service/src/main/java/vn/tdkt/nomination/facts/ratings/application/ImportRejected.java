package vn.tdkt.nomination.facts.ratings.application;

import java.util.List;
import vn.tdkt.nomination.facts.ratings.domain.RowError;

/**
 * An imported file with at least one bad row: nothing was imported; every problem is listed. Each import throws its
 * own subclass, so its controller answers with its own problem code.
 */
public abstract class ImportRejected extends RuntimeException {

    private final List<RowError> errors;

    protected ImportRejected(List<RowError> errors) {
        super(errors.size() + " row problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
