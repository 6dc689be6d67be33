package vn.tdkt.plan.task;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.platformtest.time.MutableClock;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.Task;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.plantext.TaskPeriod;
import vn.tdkt.plan.task.persistence.TaskDocument;
import vn.tdkt.plan.task.persistence.TaskStore;
import vn.tdkt.platform.outbox.OutboxKickOnSave;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.outbox.OutboxRelay;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

/**
 * A task saved with events starts a relay round at once, rather than waiting for the next poll: an insert through
 * Spring Data's save event (the listener sees the document as saved, with its outbox), an update through the
 * recorder once the store has written the new entries (wired as {@code OutboxAutoConfiguration} wires them).
 */
class TaskSaveKicksRelayTest {

    @Test
    void a_task_update_with_events_kicks_the_relay() {
        OutboxRelay relay = mock(OutboxRelay.class);
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(OutboxKickOnSave.class, () -> new OutboxKickOnSave(relay));
            context.refresh();
            MongoTemplate mongo = SharedMongoServer.freshDatabase("kick");
            mongo.setApplicationContext(context);
            MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 1));
            OutboxRecorder recorder = new OutboxRecorder(clock);
            recorder.afterWrite(relay::kick);
            TaskStore store = new TaskStore(mongo, recorder);
            LocalDate due = LocalDate.of(2025, 6, 30);
            store.insert(Task.assign("plan-1", "01/KH-UBND", 1, 2025, new TaskDraft("task-1",
                    "Báo cáo", TaskPeriod.date("30/6/2025", due), "SNV", List.of(),
                    EvidenceKind.REPORT, null, 0), clock.today()));
            verify(relay, times(1)).kick(TaskDocument.COLLECTION);

            // as after a relay round: the stored outbox is empty, only the new save carries events
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is("task-1")),
                    new org.springframework.data.mongodb.core.query.Update().set("outbox", List.of())
                            .set("outboxPending", false), TaskDocument.class);
            store.update("task-1", VersionPrecondition.none(), task -> task.cancel("snv", "Gộp nhiệm vụ", clock.instant()));
            verify(relay, times(2)).kick(TaskDocument.COLLECTION);
            mongo.getDb().drop();
        }
    }
}
