package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.RegistrationRow;

/** Collection {@code registration_views}: one {@link RegistrationRow} per unit registration. */
@Document(RegistrationRowDocument.COLLECTION)
public class RegistrationRowDocument extends ProjectionDocument<RegistrationRow> {

    public static final String COLLECTION = "registration_views";

    protected RegistrationRowDocument() {
    }

    RegistrationRowDocument(String id) {
        super(id, RegistrationRow.of(id));
    }
}
