package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.CouncilSessionRow;

/** The council sessions read model (the council calendar). */
@Repository
public class CouncilSessions extends RowStore<CouncilSessionRow, CouncilSessionDocument> {

    public CouncilSessions(MongoTemplate mongo, Clock clock) {
        super(mongo, CouncilSessionDocument.class, CouncilSessionDocument::new, clock);
    }

    public List<CouncilSessionRow> byStart() {
        return rows(new Query().with(Sort.by(Sort.Order.asc(ProjectionDocument.ROW + "startsAt"))));
    }
}
