package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.DeliveryRow;

/** Collection {@code delivery_views}: one {@link DeliveryRow} per delivery of a notice on a channel. */
@Document(DeliveryRowDocument.COLLECTION)
public class DeliveryRowDocument extends ProjectionDocument<DeliveryRow> {

    public static final String COLLECTION = "delivery_views";

    protected DeliveryRowDocument() {
    }

    DeliveryRowDocument(String id) {
        super(id, DeliveryRow.of(id));
    }
}
