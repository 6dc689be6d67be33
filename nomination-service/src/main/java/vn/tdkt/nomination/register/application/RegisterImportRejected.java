package vn.tdkt.nomination.register.application;

import java.util.List;
import vn.tdkt.nomination.facts.ratings.application.ImportRejected;
import vn.tdkt.nomination.facts.ratings.domain.RowError;

/** A historical-decisions file with at least one bad row: nothing was imported; every problem is listed. */
public class RegisterImportRejected extends ImportRejected {

    public RegisterImportRejected(List<RowError> errors) {
        super(errors);
    }
}
