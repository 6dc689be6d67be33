package vn.tdkt.plan.support;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.calendar.persistence.CalendarOverrideDocument;
import vn.tdkt.plan.cluster.persistence.ClusterDocument;
import vn.tdkt.plan.movement.persistence.MovementDocument;
import vn.tdkt.plan.plan.persistence.PlanDocument;
import vn.tdkt.plan.registration.persistence.RegistrationDocument;
import vn.tdkt.plan.reminder.persistence.QuarterDigestDocument;
import vn.tdkt.plan.reminder.persistence.TaskReminderDocument;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.unit.persistence.UnitDocument;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platformtest.contracts.ContractSchemas;

/** Pending outbox entries across the service's aggregates (the relay is off in tests). */
public final class Outbox {

    private Outbox() {
    }

    /** Every pending entry, each checked against its contract's JSON Schema: what the service emits is what it says. */
    public static List<OutboxEntry> all(MongoTemplate mongo) {
        List<OutboxEntry> entries = Stream.of(PlanDocument.class, TaskDocument.class, UnitDocument.class,
                        ClusterDocument.class, MovementDocument.class, RegistrationDocument.class,
                        TaskReminderDocument.class, QuarterDigestDocument.class, CalendarOverrideDocument.class)
                .flatMap(type -> mongo.findAll(type).stream())
                .flatMap(document -> document.getOutbox().stream())
                .toList();
        entries.forEach(entry -> ContractSchemas.assertValid(EventTypes.byType(entry.type()).orElseThrow(),
                entry.payload()));
        return entries;
    }

    public static List<OutboxEntry> of(MongoTemplate mongo, EventType type) {
        return all(mongo).stream().filter(entry -> entry.type().equals(type.type())).toList();
    }

    public static List<OutboxEntry> ofSubject(MongoTemplate mongo, EventType type, String subject) {
        return of(mongo, type).stream().filter(entry -> entry.subject().equals(subject)).toList();
    }
}
