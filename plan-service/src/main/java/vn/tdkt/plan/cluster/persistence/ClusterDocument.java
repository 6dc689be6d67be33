package vn.tdkt.plan.cluster.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code clusters}: one document per cụm/khối and year. */
@Document(ClusterDocument.COLLECTION)
public class ClusterDocument extends AggregateDocument {

    public static final String COLLECTION = "clusters";

    @Id
    private String id;

    private Cluster cluster;

    protected ClusterDocument() {
    }

    ClusterDocument(Cluster cluster) {
        this.id = cluster.id();
        this.cluster = cluster;
    }

    Cluster getCluster() {
        return cluster;
    }
}
