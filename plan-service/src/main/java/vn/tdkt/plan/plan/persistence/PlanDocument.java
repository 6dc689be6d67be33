package vn.tdkt.plan.plan.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code plans}: the plan aggregate with its version history. */
@Document(PlanDocument.COLLECTION)
public class PlanDocument extends AggregateDocument<Plan> {

    public static final String COLLECTION = "plans";
}
