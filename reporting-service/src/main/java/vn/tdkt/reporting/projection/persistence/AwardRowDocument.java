package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.AwardRow;

/** Collection {@code award_views}: one {@link AwardRow} per award register entry. */
@Document(AwardRowDocument.COLLECTION)
public class AwardRowDocument extends ProjectionDocument<AwardRow> {

    public static final String COLLECTION = "award_views";

    protected AwardRowDocument() {
    }

    AwardRowDocument(String id) {
        super(id, AwardRow.of(id));
    }
}
