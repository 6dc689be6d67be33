package vn.tdkt.plan.movement.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code movements}: the movement aggregate with its pending events. */
@Document(MovementDocument.COLLECTION)
public class MovementDocument extends AggregateDocument {

    public static final String COLLECTION = "movements";

    @Id
    private String id;

    private Movement movement;

    protected MovementDocument() {
    }

    MovementDocument(Movement movement) {
        this.id = movement.id();
        this.movement = movement;
    }

    Movement getMovement() {
        return movement;
    }
}
