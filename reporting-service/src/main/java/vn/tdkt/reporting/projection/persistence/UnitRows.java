package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.UnitRow;

/** The unit registry read model ({@code unit-registered}, {@code unit-changed}): names for codes. */
@Repository
public class UnitRows extends RowStore<UnitRow, UnitRowDocument> {

    public UnitRows(MongoTemplate mongo, Clock clock) {
        super(mongo, UnitRowDocument.class, UnitRowDocument::new, clock);
    }
}
