package vn.tdkt.reporting.support;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import vn.tdkt.reporting.dashboard.application.SummaryCache;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import vn.tdkt.contracts.EventType;
import vn.tdkt.platform.events.EventJson;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.reporting.projection.application.WorkingCalendar;

/**
 * The service tests of reporting-service: {@link ServiceTest} (whole service, own database, MockMvc, test binder,
 * outbox relay off, hand-moved clock) with every consumer function at hand, an empty database before each test and
 * helpers to read what the service put in its outbox.
 */
public abstract class ReportingTest extends ServiceTest {

    @Autowired
    @Qualifier("planEvents")
    protected Consumer<Message<byte[]>> planEvents;

    @Autowired
    @Qualifier("nominationEvents")
    protected Consumer<Message<byte[]>> nominationEvents;

    @Autowired
    @Qualifier("notificationEvents")
    protected Consumer<Message<byte[]>> notificationEvents;

    @Autowired
    @Qualifier("reportPlanEvents")
    protected Consumer<Message<byte[]>> reportPlanEvents;

    @Autowired
    private SummaryCache cache;

    @Autowired
    private WorkingCalendar calendar;

    @BeforeEach
    void emptyDatabase() {
        Scenario.clean(mongo, cache, calendar);
    }

    /** A plan-topic record as both plan-topic consumers (projections, report duties) receive it. */
    protected void plan(Message<byte[]> message) {
        planEvents.accept(message);
        reportPlanEvents.accept(message);
    }

    /** The unit directory as plan-service announces it ({@code unit-registered}): reports may name only these. */
    protected void unitsRegistered(String... codes) {
        for (String code : codes) {
            plan(Events.message(Events.unit(code, code, "DEPARTMENT"), 1));
        }
    }

    /** Every event pending in the outbox of {@code collection}, oldest first. */
    protected List<OutboxEntry> outbox(String collection) {
        return Scenario.outbox(mongo, collection);
    }

    /** The pending events of one type, each checked against its JSON Schema. */
    protected List<OutboxEntry> emitted(String collection, EventType type) {
        List<OutboxEntry> entries = outbox(collection).stream().filter(e -> e.type().equals(type.type())).toList();
        entries.forEach(entry -> ContractSchemas.assertValid(type, entry.payload()));
        return entries;
    }

    /** {@link #emitted}, each payload read as a JSON tree. */
    protected List<JsonNode> payloads(String collection, EventType type) {
        return emitted(collection, type).stream().map(OutboxEntry::payload)
                .map(json -> EventJson.mapper().readTree(json)).toList();
    }

    protected long count(String collection) {
        return mongo.count(new Query(), collection);
    }

}
