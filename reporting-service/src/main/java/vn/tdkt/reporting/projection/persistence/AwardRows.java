package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.AwardRow;

/** The award register read model. */
@Repository
public class AwardRows extends RowStore<AwardRow, AwardRowDocument> {

    static final String DECISION_DATE = ProjectionDocument.ROW + "decisionDate";
    static final String UNIT = ProjectionDocument.ROW + "unitCode";

    public AwardRows(MongoTemplate mongo, Clock clock) {
        super(mongo, AwardRowDocument.class, AwardRowDocument::new, clock);
        mongo.indexOps(AwardRowDocument.COLLECTION).createIndex(new Index().on(DECISION_DATE, Sort.Direction.ASC)
                .named("decision_date"));
    }

    /** Awards decided from {@code from} to {@code to} inclusive, of {@code unit} ({@code null}: all units). */
    public List<AwardRow> decidedBetween(LocalDate from, LocalDate to, String unit) {
        Criteria criteria = where(DECISION_DATE).gte(from).lte(to);
        if (unit != null) {
            criteria = criteria.and(UNIT).is(unit);
        }
        return rows(Query.query(criteria));
    }
}
