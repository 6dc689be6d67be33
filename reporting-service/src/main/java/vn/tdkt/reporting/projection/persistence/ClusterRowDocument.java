package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.ClusterRow;

/** Collection {@code cluster_views}: one {@link ClusterRow} per cluster or block and year. */
@Document(ClusterRowDocument.COLLECTION)
public class ClusterRowDocument extends ProjectionDocument<ClusterRow> {

    public static final String COLLECTION = "cluster_views";

    protected ClusterRowDocument() {
    }

    ClusterRowDocument(String id) {
        super(id, ClusterRow.of(id));
    }
}
