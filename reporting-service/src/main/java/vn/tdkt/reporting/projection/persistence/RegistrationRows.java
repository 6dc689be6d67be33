package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.RegistrationRow;

/** The registrations read model. */
@Repository
public class RegistrationRows extends RowStore<RegistrationRow, RegistrationRowDocument> {

    public RegistrationRows(MongoTemplate mongo, Clock clock) {
        super(mongo, RegistrationRowDocument.class, RegistrationRowDocument::new, clock);
    }

    public List<RegistrationRow> ofUnits(List<String> units) {
        return rows(Query.query(where(ProjectionDocument.ROW + "unitCode").in(units)));
    }
}
