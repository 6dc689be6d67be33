package vn.tdkt.plan.registration.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.platform.outbox.OutboxRecorder;

/** Registration documents; a unique index keeps one registration per movement and unit. */
@Component
public class RegistrationStore {

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public RegistrationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(RegistrationDocument.COLLECTION).createIndex(new Index()
                .on("registration.movementId", Sort.Direction.ASC).on("registration.unitCode", Sort.Direction.ASC)
                .unique().named("registration_movement_unit"));
    }

    public Optional<RegistrationDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RegistrationDocument.class));
    }

    public Optional<RegistrationDocument> find(String movementId, String unitCode) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("registration.movementId").is(movementId)
                .and("registration.unitCode").is(unitCode)), RegistrationDocument.class));
    }

    public RegistrationDocument save(RegistrationDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }

    public long count(Query query) {
        return mongo.count(query, RegistrationDocument.class);
    }

    public List<RegistrationDocument> search(Query query) {
        return mongo.find(query, RegistrationDocument.class);
    }
}
