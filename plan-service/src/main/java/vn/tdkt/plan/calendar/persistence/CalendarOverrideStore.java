package vn.tdkt.plan.calendar.persistence;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.calendar.domain.CalendarOverride;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;

/** The overridden calendar years (a handful): read all at once when the calendar is rebuilt. */
@Repository
public class CalendarOverrideStore extends AggregateStore<CalendarOverride, CalendarOverrideDocument> {

    public CalendarOverrideStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CalendarOverrideDocument.class, CalendarOverrideDocument::new,
                CalendarOverride::calendarId, "calendar.year-not-found");
    }

    public List<CalendarOverride> all() {
        return findAll(new Query());
    }
}
