package vn.tdkt.plan.cluster.persistence;

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
public class ClusterStore {

    private final MongoTemplate mongo;
    private final OutboxRecorder outbox;

    public ClusterStore(MongoTemplate mongo, OutboxRecorder outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(ClusterDocument.COLLECTION).createIndex(new Index().on("cluster.code", Sort.Direction.ASC)
                .on("cluster.year", Sort.Direction.ASC).unique().named("cluster_code_year"));
    }

    public Optional<ClusterDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ClusterDocument.class));
    }

    public List<ClusterDocument> byYear(Integer year) {
        Query query = year == null ? new Query() : Query.query(Criteria.where("cluster.year").is(year));
        return mongo.find(query.with(Sort.by("cluster.year", "cluster.code")), ClusterDocument.class);
    }

    public ClusterDocument insert(ClusterDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.insert(document);
    }

    public ClusterDocument save(ClusterDocument document, List<DomainEvent> events) {
        outbox.record(document, events);
        return mongo.save(document);
    }
}
