package vn.tdkt.plan.cluster.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.cluster.domain.Cluster;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code clusters}: one document per cụm/khối and year. */
@Document(ClusterDocument.COLLECTION)
public class ClusterDocument extends AggregateDocument<Cluster> {

    public static final String COLLECTION = "clusters";
}
