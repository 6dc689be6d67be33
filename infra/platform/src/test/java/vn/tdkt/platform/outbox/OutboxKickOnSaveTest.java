package vn.tdkt.platform.outbox;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.contracts.DomainEvent;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.plan.TaskDue;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/** A save that carries pending events starts a relay round at once, on first insert and on versioned saves alike. */
class OutboxKickOnSaveTest {

    static class Aggregate extends AggregateDocument<String> {
        Aggregate() {
            hold(UUID.randomUUID().toString(), "test");
        }
    }

    private final OutboxRelay relay = mock(OutboxRelay.class);
    private GenericApplicationContext context;
    private MongoTemplate mongo;

    @BeforeEach
    void wire() {
        context = new GenericApplicationContext();
        context.registerBean(OutboxKickOnSave.class, () -> new OutboxKickOnSave(relay));
        context.refresh();
        mongo = SharedMongoServer.freshDatabase("kick");
        mongo.setApplicationContext(context);
    }

    @AfterEach
    void close() {
        mongo.getDb().drop();
        context.close();
    }

    @Test
    void saves_with_events_kick_the_relay_and_saves_without_do_not() {
        OutboxRecorder recorder = new OutboxRecorder(Clock.systemUTC());
        Aggregate aggregate = new Aggregate();
        mongo.insert(aggregate);
        verify(relay, never()).kick(anyString());

        recorder.record(aggregate, List.of(taskDue(aggregate.getId())));
        mongo.save(aggregate);
        // a round over the collection saved to, not over every collection of the service
        verify(relay, times(1)).kick(mongo.getCollectionName(Aggregate.class));

        aggregate.setOutbox(List.of());
        aggregate.setOutboxPending(false);
        mongo.save(aggregate);
        verify(relay, times(1)).kick(anyString());
        verify(relay, never()).kick();
    }

    private static DomainEvent taskDue(String id) {
        return new DomainEvent(EventTypes.TASK_DUE, id, new TaskDue(new TaskRef(id, "plan-1", "01/KH-UBND", "Nội dung",
                "SNV", List.of()), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 24), 7, 7));
    }
}
