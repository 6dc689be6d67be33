package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.ClusterRow;

/** The clusters read model (membership per year, from {@code cluster-formed}). */
@Repository
public class ClusterRows extends RowStore<ClusterRow, ClusterRowDocument> {

    public ClusterRows(MongoTemplate mongo, Clock clock) {
        super(mongo, ClusterRowDocument.class, ClusterRowDocument::new, clock);
    }

    public List<ClusterRow> ofYear(int year) {
        return rows(Query.query(where(ProjectionDocument.ROW + "year").is(year)));
    }
}
