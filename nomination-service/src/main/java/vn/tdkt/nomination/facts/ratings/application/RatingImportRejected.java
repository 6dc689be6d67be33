package vn.tdkt.nomination.facts.ratings.application;

import java.util.List;
import vn.tdkt.nomination.facts.ratings.domain.RowError;

/** A ratings file with at least one bad row: nothing was imported; every problem is listed. */
public class RatingImportRejected extends ImportRejected {

    public RatingImportRejected(List<RowError> errors) {
        super(errors);
    }
}
