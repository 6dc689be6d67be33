package vn.tdkt.reporting.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import vn.tdkt.reporting.dashboard.application.SummaryCache;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.reporting.projection.application.ProjectionChanged;
import vn.tdkt.reporting.projection.application.WorkingCalendar;

/** Shared by both test bases: an empty database per test, and the outbox as the relay would read it. */
final class Scenario {

    private Scenario() {
    }

    static void clean(MongoTemplate mongo, SummaryCache cache, WorkingCalendar calendar) {
        for (String collection : mongo.getCollectionNames()) {
            if (!collection.startsWith("system.") && !collection.equals("shedLock")) {
                mongo.remove(new Query(), collection);
            }
        }
        calendar.invalidate();
        // forget built summaries without a live push (a push here would reach the next test's stream client)
        cache.onChange(new ProjectionChanged("test", "reset"));
    }

    static List<OutboxEntry> outbox(MongoTemplate mongo, String collection) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document document : mongo.findAll(Document.class, collection)) {
            Object outbox = document.get("outbox");
            if (outbox instanceof List<?> list) {
                for (Object entry : list) {
                    entries.add(mongo.getConverter().read(OutboxEntry.class, (Document) entry));
                }
            }
        }
        entries.sort(Comparator.comparing(OutboxEntry::time).thenComparing(OutboxEntry::sequence));
        return entries;
    }
}
