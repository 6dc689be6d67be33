package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.PlanRow;

/** Collection {@code plan_views}: one {@link PlanRow} per plan. */
@Document(PlanRowDocument.COLLECTION)
public class PlanRowDocument extends ProjectionDocument<PlanRow> {

    public static final String COLLECTION = "plan_views";

    private PlanRow row;

    protected PlanRowDocument() {
    }

    PlanRowDocument(String id) {
        super(id);
        this.row = PlanRow.of(id);
    }

    @Override
    public PlanRow row() {
        return row;
    }
}
