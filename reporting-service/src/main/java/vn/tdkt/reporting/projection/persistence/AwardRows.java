package vn.tdkt.reporting.projection.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.reporting.projection.domain.AwardRow;

/** The award register read model. */
@Repository
public class AwardRows extends RowStore<AwardRow, AwardRowDocument> {

    static final String DECISION_DATE = ProjectionDocument.ROW + "decisionDate";
    static final String UNIT = ProjectionDocument.ROW + "unitCode";

    public AwardRows(MongoTemplate mongo, Clock clock) {
        super(mongo, AwardRowDocument.class, AwardRowDocument::new, clock);
        Indexes.ensure(mongo, AwardRowDocument.COLLECTION,
                Indexes.ascending("decision_date", DECISION_DATE));
    }

    /** Awards decided from {@code from} to {@code to} inclusive, of {@code unit} ({@code null}: all units). */
    public List<AwardRow> decidedBetween(LocalDate from, LocalDate to, String unit) {
        return rows(Query.query(new FilterCriteria()
                .always(where(DECISION_DATE).gte(from).lte(to))
                .equal(UNIT, unit)
                .all()));
    }
}
