package vn.tdkt.plan.movement.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code movements}: the movement aggregate with its pending events. */
@Document(MovementDocument.COLLECTION)
public class MovementDocument extends AggregateDocument<Movement> {

    public static final String COLLECTION = "movements";
}
