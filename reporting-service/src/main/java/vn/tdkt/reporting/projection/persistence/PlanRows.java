package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.PlanRow;

/** The {@link PlanRow} read model; small enough to be read whole. */
@Repository
public class PlanRows extends RowStore<PlanRow, PlanRowDocument> {

    public PlanRows(MongoTemplate mongo, Clock clock) {
        super(mongo, PlanRowDocument.class, PlanRowDocument::new, clock);
    }
}
