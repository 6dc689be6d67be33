package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.PlanRow;

/** Collection {@code plan_views}: one {@link PlanRow} per plan. */
@Document(PlanRowDocument.COLLECTION)
public class PlanRowDocument extends ProjectionDocument<PlanRow> {

    public static final String COLLECTION = "plan_views";

    protected PlanRowDocument() {
    }

    PlanRowDocument(String id) {
        super(id, PlanRow.of(id));
    }
}
