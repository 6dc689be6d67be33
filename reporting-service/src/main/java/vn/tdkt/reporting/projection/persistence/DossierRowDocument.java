package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.DossierRow;

/** Collection {@code dossier_views}: one {@link DossierRow} per nomination dossier. */
@Document(DossierRowDocument.COLLECTION)
public class DossierRowDocument extends ProjectionDocument<DossierRow> {

    public static final String COLLECTION = "dossier_views";

    protected DossierRowDocument() {
    }

    DossierRowDocument(String id) {
        super(id, DossierRow.of(id));
    }
}
