package vn.tdkt.plan.cluster.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

/** Clusters; a unique (code, year) index makes a repeated rotation fail instead of forming a second cluster. */
@Repository
public class ClusterStore extends AggregateStore<Cluster, ClusterDocument> {

    public ClusterStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, ClusterDocument.class, ClusterDocument::new, Cluster::id,
                "cluster.not-found");
        Indexes.ensure(mongo, ClusterDocument.COLLECTION,
                Indexes.ascending("cluster_code_year", path("code"), path("year")).unique());
    }

    public List<Versioned<Cluster>> byYear(Integer year) {
        Query query = Query.query(new FilterCriteria().equal(path("year"), year).all());
        return findAllVersioned(query.with(Sort.by(path("year"), path("code"))));
    }
}
