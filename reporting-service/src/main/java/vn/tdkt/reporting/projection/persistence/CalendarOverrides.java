package vn.tdkt.reporting.projection.persistence;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.CalendarOverrideRow;

/** The {@link CalendarOverrideRow} read model; small enough to be read whole. */
@Repository
public class CalendarOverrides extends RowStore<CalendarOverrideRow, CalendarOverrideDocument> {

    public CalendarOverrides(MongoTemplate mongo, Clock clock) {
        super(mongo, CalendarOverrideDocument.class, CalendarOverrideDocument::new, clock);
    }
}
