package vn.tdkt.nomination.sla.persistence;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.platform.persistence.GuardedUpsert;
import lombok.RequiredArgsConstructor;

/**
 * Collection {@code calendar_overrides}: the yearly calendar data an administrator replaced in plan-service, as
 * learned from {@code calendar-overridden} (one row per calendar id, guarded by the event's sequence). Every
 * instance of this service reads it, so all of them count the same working days.
 */
@Repository
@RequiredArgsConstructor
public class CalendarOverrideStore {

    static final String COLLECTION = "calendar_overrides";

    private final MongoTemplate mongo;

    public boolean put(String calendarId, long sequence, int year, String data, String by, Instant at) {
        return GuardedUpsert.apply(mongo, COLLECTION, calendarId, sequence,
                new Update().set("year", year).set("data", data).set("overriddenBy", by).set("overriddenAt", at));
    }

    /** Every stored override: (year, data text). */
    public List<StoredOverride> all() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(d -> new StoredOverride(d.getString("_id"), d.getInteger("year", 0), d.getString("data")))
                .toList();
    }

    public record StoredOverride(String calendarId, int year, String data) {
    }
}
