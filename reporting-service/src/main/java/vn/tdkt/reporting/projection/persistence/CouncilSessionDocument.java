package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.CouncilSessionRow;

/** Collection {@code council_sessions}: one {@link CouncilSessionRow} per council session. */
@Document(CouncilSessionDocument.COLLECTION)
public class CouncilSessionDocument extends ProjectionDocument<CouncilSessionRow> {

    public static final String COLLECTION = "council_sessions";

    protected CouncilSessionDocument() {
    }

    CouncilSessionDocument(String id) {
        super(id, CouncilSessionRow.of(id));
    }
}
