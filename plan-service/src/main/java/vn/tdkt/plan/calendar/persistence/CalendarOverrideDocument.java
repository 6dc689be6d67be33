package vn.tdkt.plan.calendar.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.calendar.domain.CalendarOverride;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code calendar_year_overrides}: an admin's replacement of one year, keyed {@code vn-<year>}. */
@Document(CalendarOverrideDocument.COLLECTION)
public class CalendarOverrideDocument extends AggregateDocument<CalendarOverride> {

    public static final String COLLECTION = "calendar_year_overrides";
}
