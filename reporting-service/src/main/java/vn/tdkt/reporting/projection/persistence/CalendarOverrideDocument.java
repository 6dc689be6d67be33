package vn.tdkt.reporting.projection.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.reporting.projection.domain.CalendarOverrideRow;

/** Collection {@code calendar_overrides}: one {@link CalendarOverrideRow} per overridden calendar year. */
@Document(CalendarOverrideDocument.COLLECTION)
public class CalendarOverrideDocument extends ProjectionDocument<CalendarOverrideRow> {

    public static final String COLLECTION = "calendar_overrides";

    protected CalendarOverrideDocument() {
    }

    CalendarOverrideDocument(String id) {
        super(id, CalendarOverrideRow.of(id));
    }
}
