package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.MovementRow;

/** Collection {@code movement_views}: one {@link MovementRow} per emulation movement. */
@Document(MovementRowDocument.COLLECTION)
public class MovementRowDocument extends ProjectionDocument<MovementRow> {

    public static final String COLLECTION = "movement_views";

    protected MovementRowDocument() {
    }

    MovementRowDocument(String id) {
        super(id, MovementRow.of(id));
    }
}
