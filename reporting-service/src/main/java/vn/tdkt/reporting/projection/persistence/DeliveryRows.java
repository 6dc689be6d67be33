package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.reporting.projection.domain.DeliveryRow;

/** The delivery-health read model (notification-sent / notification-failed). */
@Repository
public class DeliveryRows extends RowStore<DeliveryRow, DeliveryRowDocument> {

    static final String AT = ProjectionDocument.ROW + "at";

    public DeliveryRows(MongoTemplate mongo, Clock clock) {
        super(mongo, DeliveryRowDocument.class, DeliveryRowDocument::new, clock);
        Indexes.ensure(mongo, DeliveryRowDocument.COLLECTION,
                Indexes.ascending("at", AT));
    }

    public List<DeliveryRow> since(Instant from) {
        return rows(Query.query(where(AT).gte(from)));
    }
}
