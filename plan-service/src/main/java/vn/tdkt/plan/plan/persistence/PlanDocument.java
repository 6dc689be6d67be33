package vn.tdkt.plan.plan.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code plans}: the plan aggregate with its version history. */
@Document(PlanDocument.COLLECTION)
public class PlanDocument extends AggregateDocument {

    public static final String COLLECTION = "plans";

    @Id
    private String id;

    private Plan plan;

    protected PlanDocument() {
    }

    PlanDocument(Plan plan) {
        this.id = plan.id();
        this.plan = plan;
    }

    Plan getPlan() {
        return plan;
    }
}
