package vn.tdkt.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.Topic;
import vn.tdkt.platform.messaging.PoisonEventException;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.reporting.projection.persistence.DossierView;
import vn.tdkt.reporting.projection.persistence.TaskView;
import vn.tdkt.reporting.support.Payloads;
import vn.tdkt.reporting.support.ReportingIntegrationTest;

/** Golden fixtures and custom payloads fed through the consumer functions (and once through the binder). */
class ProjectionConsumerTest extends ReportingIntegrationTest {

    // ids used by the golden fixtures
    private static final String PLAN_ID = "0195f3a2-7c1e-7a00-8000-000000000001";
    private static final String TASK_ID = "0195f3a2-7c1e-7a00-8000-000000000011";
    private static final String DOSSIER_ID = "0195f3a2-7c1e-7a00-8000-0000000000d1";

    @Autowired
    InputDestination input;

    private TaskView task(String id) {
        return mongo.findById(id, TaskView.class);
    }

    private DossierView dossier(String id) {
        return mongo.findById(id, DossierView.class);
    }

    private long count(Class<?> type) {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), type);
    }

    @Test
    void planPublishedCreatesPlannedTasksThenTaskDueMovesTheTaskToDueSoon() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.PLAN_PUBLISHED, PLAN_ID, 1));
        TaskView planned = task(TASK_ID);
        assertThat(planned.state()).isEqualTo("PLANNED");
        assertThat(planned.planCode()).isEqualTo("01/KH-UBND");
        assertThat(planned.leadUnit()).isEqualTo("SNV");
        assertThat(planned.coordinatingUnits()).containsExactly("VPUBND");
        assertThat(planned.dueDate()).isEqualTo("2025-01-31");

        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_DUE, TASK_ID, 3));

        // then
        TaskView due = task(TASK_ID);
        assertThat(due.state()).isEqualTo("DUE_SOON");
        assertThat(due.lastReminderOffset()).isEqualTo(7);
        assertThat(due.dueDate()).isEqualTo("2025-06-30");
        assertThat(due.planId()).isEqualTo(PLAN_ID);
        assertThat(due.lastSequence()).isEqualTo(3L);
        assertThat(due.sourceSequences()).containsEntry("plan:" + PLAN_ID, 1L).containsEntry("task:" + TASK_ID, 3L);
    }

    @Test
    void taskOverdueMovesTheTaskToOverdueWithDaysLate() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_DUE, TASK_ID, 2));

        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_OVERDUE, TASK_ID, 3));

        // then
        TaskView overdue = task(TASK_ID);
        assertThat(overdue.state()).isEqualTo("OVERDUE");
        assertThat(overdue.daysLate()).isEqualTo(7);
        assertThat(overdue.escalated()).isTrue();
    }

    @Test
    void taskCompletedMovesTheTaskToDone() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_DUE, TASK_ID, 2));

        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_COMPLETED, TASK_ID, 3));

        // then
        assertThat(task(TASK_ID).state()).isEqualTo("DONE");
    }

    @Test
    void taskCancelledLeavesTheCountsAndAStaleReminderCannotRevive_it() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_DUE, TASK_ID, 2));

        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_CANCELLED, TASK_ID, 4));
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_OVERDUE, TASK_ID, 3));

        // then
        assertThat(task(TASK_ID).state()).isEqualTo("CANCELLED");
    }

    @Test
    void aMovedDueDateStartsOverAsPlanned() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_OVERDUE, TASK_ID, 2));

        // when
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_UPDATED, TASK_ID, 3));

        // then
        TaskView moved = task(TASK_ID);
        assertThat(moved.state()).isEqualTo("PLANNED");
        assertThat(moved.dueDate()).isEqualTo("2025-07-10");
        assertThat(moved.daysLate()).isNull();
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() throws Exception {
        // given
        Message<byte[]> due = EventMessages.of(EventTypes.TASK_DUE, "evt-1", "task-x", 5,
                Payloads.taskDue("task-x", "SYT", "2025-06-30", 5));
        planEvents.accept(due);
        String afterFirst = mongo.findById("task-x", org.bson.Document.class, TaskView.COLLECTION).toJson();

        // when
        planEvents.accept(due);

        // then
        assertThat(mongo.findById("task-x", org.bson.Document.class, TaskView.COLLECTION).toJson())
                .isEqualTo(afterFirst);
        assertThat(count(TaskView.class)).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/dashboard/summary").with(vn.tdkt.platformtest.security.TestTokens.leader()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.tasks.dueSoon").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.tasks.total").value(1));
    }

    @Test
    void aRedeliveryUnderANewIdWithTheSameSequenceChangesNothing() {
        // given
        planEvents.accept(EventMessages.of(EventTypes.TASK_OVERDUE, "task-y", 4,
                Payloads.taskOverdue("task-y", "SYT", "2025-06-20", 5)));

        // when: same sequence, different content and id (a re-sent record)
        planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-y", 4,
                Payloads.taskDue("task-y", "SYT", "2025-06-20", 1)));

        // then
        assertThat(task("task-y").state()).isEqualTo("OVERDUE");
    }

    @Test
    void anOlderSequenceAfterANewerOneIsIgnored() {
        // given
        planEvents.accept(EventMessages.of(EventTypes.TASK_OVERDUE, "task-z", 7,
                Payloads.taskOverdue("task-z", "SYT", "2025-06-20", 5)));

        // when: the earlier reminder arrives late
        planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-z", 6,
                Payloads.taskDue("task-z", "SYT", "2025-06-20", 1)));

        // then
        TaskView view = task("task-z");
        assertThat(view.state()).isEqualTo("OVERDUE");
        assertThat(view.lastSequence()).isEqualTo(7L);
    }

    @Test
    void planAndTaskSequencesAreTrackedSeparately() {
        // given: the task aggregate is at sequence 5 and the task is due soon
        planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-p", 5,
                Payloads.taskDue("task-p", "SGDDT", "2025-06-30", 5)));

        // when: the plan aggregate (its own, lower sequences) publishes the task, late and then again
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 1,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("task-p", "SGDDT", "2025-06-30", "Tổng kết phong trào"))));
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 2,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("task-p", "SGDDT", "2025-06-30", "Tổng kết phong trào (sửa đổi)"))));
        planEvents.accept(EventMessages.of(EventTypes.PLAN_PUBLISHED, Payloads.PLAN_ID, 1,
                Payloads.planPublished(Payloads.PLAN_ID, "02/KH-UBND",
                        Payloads.task("task-p", "SGDDT", "2025-06-30", "Tổng kết phong trào"))));

        // then: plan data applied in plan order, state still from the task aggregate
        TaskView view = task("task-p");
        assertThat(view.content()).isEqualTo("Tổng kết phong trào (sửa đổi)");
        assertThat(view.state()).isEqualTo("DUE_SOON");
        assertThat(view.sourceSequences()).containsEntry("task:task-p", 5L)
                .containsEntry("plan:" + Payloads.PLAN_ID, 2L);
    }

    @Test
    void dossierSubmittedThenAppraisedEndsEligibleAndAStaleSubmitIsIgnored() {
        // given
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1));
        assertThat(dossier(DOSSIER_ID).state()).isEqualTo("SUBMITTED");
        assertThat(dossier(DOSSIER_ID).year()).isEqualTo(2025);

        // when
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, DOSSIER_ID, 2));
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1));

        // then
        DossierView view = dossier(DOSSIER_ID);
        assertThat(view.state()).isEqualTo("ELIGIBLE");
        assertThat(view.unitCode()).isEqualTo("SGDDT");
        assertThat(view.awardCode()).isEqualTo("CSTDCS");
        assertThat(view.lastSequence()).isEqualTo(2L);
        assertThat(count(DossierView.class)).isEqualTo(1);
    }

    @Test
    void notEligibleAppraisalIsProjected() {
        // when
        nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_APPRAISED, "dos-n", 3,
                Payloads.dossierAppraised("dos-n", "SYT", "NOT_ELIGIBLE")));

        // then
        assertThat(dossier("dos-n").state()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void unknownEventTypesAreSkipped() {
        // given
        EventType future = new EventType("task-archived", 1, Topic.PLAN, Object.class);

        // when
        planEvents.accept(EventMessages.of(future, "task-q", 9, "{\"taskId\":\"task-q\"}"));
        nominationEvents.accept(EventMessages.of(new EventType("award-decided", 1, Topic.NOMINATION, Object.class),
                "dos-q", 9, "{}"));

        // then
        assertThat(count(TaskView.class)).isZero();
        assertThat(count(DossierView.class)).isZero();
    }

    @Test
    void poisonMessagesThrowPoisonEventException() {
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-1", 1, null)))
                .as("empty payload").isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-1", 1, "{not json")))
                .as("unparseable").isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> planEvents.accept(EventMessages.of(EventTypes.TASK_DUE, "task-1", 1,
                "{\"taskId\":\"task-1\"}")))
                .as("breaks the contract").isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> nominationEvents.accept(EventMessages.of(EventTypes.DOSSIER_APPRAISED, "d", 1,
                "null")))
                .as("null payload").isInstanceOf(PoisonEventException.class);
        Message<byte[]> noId = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.TYPE, EventTypes.TASK_DUE.type())
                .setHeader(CloudEventHeaders.SUBJECT, "task-1").build();
        assertThatThrownBy(() -> planEvents.accept(noId))
                .as("missing ce_id").isInstanceOf(PoisonEventException.class);
        assertThat(count(TaskView.class)).isZero();
    }

    @Test
    void theBindingsReadTheirTopics() {
        // when
        input.send(EventMessages.fixture(EventTypes.PLAN_PUBLISHED, PLAN_ID, 1), "tdkt.plan.events");
        input.send(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1), "tdkt.nomination.events");

        // then
        assertThat(task(TASK_ID)).isNotNull();
        assertThat(dossier(DOSSIER_ID)).isNotNull();
        assertThat(List.of(task(TASK_ID).state(), dossier(DOSSIER_ID).state()))
                .containsExactly("PLANNED", "SUBMITTED");
    }
}
