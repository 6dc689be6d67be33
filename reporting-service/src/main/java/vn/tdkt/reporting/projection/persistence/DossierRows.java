package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.reporting.projection.domain.DossierRow;

/** The dossier read model. */
@Repository
public class DossierRows extends RowStore<DossierRow, DossierRowDocument> {

    static final String UNIT = ProjectionDocument.ROW + "unitCode";

    public DossierRows(MongoTemplate mongo, Clock clock) {
        super(mongo, DossierRowDocument.class, DossierRowDocument::new, clock);
        Indexes.ensure(mongo, DossierRowDocument.COLLECTION,
                Indexes.ascending("unit", UNIT));
    }

    /** The dossiers of {@code unit} ({@code null}: the whole province). */
    public List<DossierRow> ofUnit(String unit) {
        return rows(Query.query(new FilterCriteria().equal(UNIT, unit).all()));
    }
}
