package vn.tdkt.plan.unit.persistence;

import java.util.Collection;
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

@Component
public class UnitStore {

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public UnitStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(UnitDocument.COLLECTION).createIndex(new Index().on("unit.nameKey", Sort.Direction.ASC)
                .named("unit_name_key"));
        mongo.indexOps(UnitDocument.COLLECTION).createIndex(new Index().on("unit.aliasKeys", Sort.Direction.ASC)
                .named("unit_alias_keys"));
    }

    public Optional<UnitDocument> find(String code) {
        return Optional.ofNullable(mongo.findById(code, UnitDocument.class));
    }

    public List<UnitDocument> findAll(Collection<String> codes) {
        return mongo.find(Query.query(Criteria.where("_id").in(codes)), UnitDocument.class);
    }

    public boolean exists(String code) {
        return mongo.exists(Query.query(Criteria.where("_id").is(code)), UnitDocument.class);
    }

    public long count() {
        return mongo.count(new Query(), UnitDocument.class);
    }

    public List<UnitDocument> search(Query query) {
        return mongo.find(query, UnitDocument.class);
    }

    public UnitDocument insert(UnitDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.insert(document);
    }

    public UnitDocument save(UnitDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }
}
