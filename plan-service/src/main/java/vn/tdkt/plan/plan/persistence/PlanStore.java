package vn.tdkt.plan.plan.persistence;

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
public class PlanStore {

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public PlanStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("plan.content.year", Sort.Direction.ASC)
                .named("plan_year"));
        mongo.indexOps(PlanDocument.COLLECTION).createIndex(new Index().on("plan.taskSyncPending", Sort.Direction.ASC)
                .named("plan_task_sync"));
    }

    public Optional<PlanDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlanDocument.class));
    }

    public PlanDocument save(PlanDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }

    public List<PlanDocument> byYear(Integer year) {
        Query query = year == null ? new Query() : Query.query(Criteria.where("plan.content.year").is(year));
        return mongo.find(query.with(Sort.by("plan.content.year", "_id")), PlanDocument.class);
    }

    public List<PlanDocument> withPendingTaskSync() {
        return mongo.find(Query.query(Criteria.where("plan.taskSyncPending").is(true)), PlanDocument.class);
    }
}
