package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.MovementRow;

/** The {@link MovementRow} read model; small enough to be read whole. */
@Repository
public class MovementRows extends RowStore<MovementRow, MovementRowDocument> {

    public MovementRows(MongoTemplate mongo, Clock clock) {
        super(mongo, MovementRowDocument.class, MovementRowDocument::new, clock);
    }
}
