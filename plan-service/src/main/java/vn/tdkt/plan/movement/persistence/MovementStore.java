package vn.tdkt.plan.movement.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.platform.outbox.OutboxRecorder;

/** Movement documents: state and events in one versioned write. */
@Component
public class MovementStore {

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public MovementStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(MovementDocument.COLLECTION).createIndex(new Index()
                .on("movement.data.participants", Sort.Direction.ASC).named("movement_participants"));
        mongo.indexOps(MovementDocument.COLLECTION).createIndex(new Index()
                .on("movement.status", Sort.Direction.ASC).named("movement_status"));
    }

    public Optional<MovementDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MovementDocument.class));
    }

    public MovementDocument save(MovementDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }

    public long count(Query query) {
        return mongo.count(query, MovementDocument.class);
    }

    public List<MovementDocument> search(Query query) {
        return mongo.find(query, MovementDocument.class);
    }
}
