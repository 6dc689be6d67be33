package vn.tdkt.plan.cluster.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** Clusters; a unique (code, year) index makes a repeated rotation fail instead of forming a second cluster. */
@Component
public class ClusterStore extends AggregateStore<Cluster, ClusterDocument> {

    public ClusterStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ClusterDocument.class, ClusterDocument::new, ClusterDocument::getCluster,
                "cluster.not-found");
        mongo.indexOps(ClusterDocument.COLLECTION).createIndex(new Index().on("cluster.code", Sort.Direction.ASC)
                .on("cluster.year", Sort.Direction.ASC).unique().named("cluster_code_year"));
    }

    public List<Versioned<Cluster>> byYear(Integer year) {
        Query query = year == null ? new Query() : Query.query(Criteria.where("cluster.year").is(year));
        return findAllVersioned(query.with(Sort.by("cluster.year", "cluster.code")));
    }
}
