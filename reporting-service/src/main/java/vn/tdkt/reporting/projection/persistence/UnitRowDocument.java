package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.UnitRow;

/** Collection {@code unit_views}: one {@link UnitRow} per org unit. */
@Document(UnitRowDocument.COLLECTION)
public class UnitRowDocument extends ProjectionDocument<UnitRow> {

    public static final String COLLECTION = "unit_views";

    protected UnitRowDocument() {
    }

    UnitRowDocument(String id) {
        super(id, UnitRow.of(id));
    }
}
