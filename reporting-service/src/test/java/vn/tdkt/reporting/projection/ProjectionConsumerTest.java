package vn.tdkt.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.tdkt.contracts.CloudEventHeaders;
import vn.tdkt.contracts.EventType;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.contracts.Topic;
import vn.tdkt.contracts.nomination.CouncilVoted;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.contracts.plan.TaskUpdated;
import vn.tdkt.contracts.plan.UnitChanged;
import vn.tdkt.contracts.plan.UnitProfile;
import vn.tdkt.platform.messaging.PoisonEventException;
import vn.tdkt.platformtest.contracts.EventMessages;
import vn.tdkt.reporting.projection.application.ProjectionQueries;
import vn.tdkt.reporting.projection.domain.DossierRow;
import vn.tdkt.reporting.projection.domain.DossierStage;
import vn.tdkt.reporting.projection.domain.TaskRow;
import vn.tdkt.reporting.projection.domain.TaskState;
import vn.tdkt.reporting.projection.persistence.TaskRowDocument;
import vn.tdkt.reporting.support.Events;
import vn.tdkt.reporting.support.ReportingTest;

/** Golden fixtures and custom payloads fed through the consumer functions (and once through the binder). */
class ProjectionConsumerTest extends ReportingTest {

    // ids used by the golden fixtures
    private static final String PLAN_ID = "0195f3a2-7c1e-7a00-8000-000000000001";
    private static final String TASK_ID = "0195f3a2-7c1e-7a00-8000-000000000011";
    private static final String DOSSIER_ID = "0195f3a2-7c1e-7a00-8000-0000000000d1";
    private static final String NOTICE_ID = "0195f3a2-7c1e-7a00-8000-0000000000e1";

    @Autowired
    InputDestination input;

    @Autowired
    ProjectionQueries queries;

    private TaskRow task(String id) {
        return queries.task(id).orElseThrow();
    }

    private DossierRow dossier(String id) {
        return queries.dossiers(null).stream().filter(d -> d.dossierId().equals(id)).findFirst().orElseThrow();
    }

    private String rawTask(String id) {
        return mongo.findById(id, Document.class, TaskRowDocument.COLLECTION).toJson();
    }

    @Test
    void planPublishedCreatesPlannedTasksThenTaskDueMovesTheTaskToDueSoon() {
        // given
        planEvents.accept(EventMessages.fixture(EventTypes.PLAN_PUBLISHED, PLAN_ID, 1));
        TaskRow planned = task(TASK_ID);
        assertThat(planned.state()).isEqualTo(TaskState.PLANNED);
        assertThat(planned.planCode()).isEqualTo("01/KH-UBND");
        assertThat(planned.leadUnit()).isEqualTo("SNV");
        assertThat(planned.coordinatingUnits()).containsExactly("VPUBND");
        assertThat(planned.dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));

        // when: the reminder of a later due date (the fixture), then the task's own update to that date
        planEvents.accept(EventMessages.fixture(EventTypes.TASK_DUE, TASK_ID, 3));
        assertThat(task(TASK_ID).state()).as("a reminder fills only what nobody said; the plan's date stands")
                .isEqualTo(TaskState.PLANNED);
        planEvents.accept(Events.message(new TaskUpdated(
                new TaskRef(TASK_ID, PLAN_ID, "01/KH-UBND", "Ban hành Chỉ thị", "SNV", List.of("VPUBND")), null,
                "PLANNED", "DUE_DATE_CHANGED", List.of("dueDate"), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 1, 31)), 2));

        // then: the reminder now belongs to the task's due date
        TaskRow due = task(TASK_ID);
        assertThat(due.state()).isEqualTo(TaskState.DUE_SOON);
        assertThat(due.currentReminder().offsetDays()).isEqualTo(7);
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void taskOverdueAndCompletedMoveTheStateAndAStaleReminderCannotReviveADoneTask() {
        // given
        planEvents.accept(Events.message(Events.due("t-1", "SYT", "2025-06-30", 3), 2));
        planEvents.accept(Events.message(Events.overdue("t-1", "SYT", "2025-06-30", 7), 3));
        assertThat(task("t-1").state()).isEqualTo(TaskState.OVERDUE);
        assertThat(task("t-1").currentReminder().escalated()).isTrue();

        // when
        planEvents.accept(Events.message(Events.completed("t-1", "SYT", "2025-06-30", "2025-07-08T02:00:00Z"), 4));
        planEvents.accept(Events.message(Events.due("t-1", "SYT", "2025-06-30", 1), 5));

        // then
        assertThat(task("t-1").state()).isEqualTo(TaskState.DONE);
        assertThat(task("t-1").doneOnTime()).isFalse();
    }

    @Test
    void reminderSequencesAreGuardedApartFromTaskSequences() {
        // given: the task aggregate is at sequence 2 (assigned), a reminder aggregate already at 10
        planEvents.accept(Events.message(Events.assigned("t-r", "SGDDT", "LEAD", "SGDDT", "2025-06-30", "DOCUMENT",
                "Nhiệm vụ t-r"), 2));
        planEvents.accept(Events.message(Events.due("t-r", "SGDDT", "2025-06-30", 7), 10));

        // when: the task moves its due date at task sequence 3 (lower than the reminder's 10, but another family)
        planEvents.accept(Events.message(new TaskUpdated(new TaskRef("t-r", Events.PLAN_ID, "02/KH-UBND",
                "Nhiệm vụ t-r", "SGDDT", List.of()), null, "PLANNED", "DUE_DATE_CHANGED", List.of("dueDate"),
                LocalDate.of(2025, 7, 15), LocalDate.of(2025, 6, 30)), 3));

        // then: applied; the old reminder no longer says anything about the task
        TaskRow moved = task("t-r");
        assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(moved.state()).isEqualTo(TaskState.PLANNED);

        // when: an older reminder (sequence 4 < 10) arrives late, then the new ladder's first step (11)
        planEvents.accept(Events.message(Events.overdue("t-r", "SGDDT", "2025-06-30", 1), 4));
        assertThat(task("t-r").state()).isEqualTo(TaskState.PLANNED);
        planEvents.accept(Events.message(Events.due("t-r", "SGDDT", "2025-07-15", 14), 11));

        // then
        assertThat(task("t-r").state()).isEqualTo(TaskState.DUE_SOON);
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothingTheSecondTimeAndNoProcessedEventIsRecorded() {
        // given
        Message<byte[]> due = Events.message("evt-1", Events.due("task-x", "SYT", "2025-06-30", 5), 5);
        planEvents.accept(due);
        String afterFirst = rawTask("task-x");

        // when
        planEvents.accept(due);
        planEvents.accept(Events.message("evt-2", Events.due("task-x", "SYT", "2025-06-30", 1), 5));

        // then: the row is untouched (same version), and the mark in the row is the only idempotency
        assertThat(rawTask("task-x")).isEqualTo(afterFirst);
        assertThat(count("task_views")).isEqualTo(1);
        assertThat(count("processed_events")).isZero();
    }

    @Test
    void aDossierIsStagedByItsFurthestFactWhateverOrderTheAggregatesSpeakIn() {
        // given: the council's vote and the award arrive before the dossier's own appraisal
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1));
        nominationEvents.accept(Events.message(new CouncilVoted("s-1", "HDTDKT-TINH",
                Instant.parse("2026-12-18T03:00:00Z"), List.of(new CouncilVoted.Tally(DOSSIER_ID, "CSTDCS", 18, 2, 0,
                20, 90, true))), 2));
        assertThat(dossier(DOSSIER_ID).stage()).isEqualTo(DossierStage.VOTED);

        // when
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, DOSSIER_ID, 2));
        nominationEvents.accept(Events.message(Events.award("a-1", DOSSIER_ID, "SGDDT", SubjectType.INDIVIDUAL,
                "CSTDCS", "Chiến sĩ thi đua cơ sở", "2026-12-25", 0), 1));
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1));

        // then
        DossierRow row = dossier(DOSSIER_ID);
        assertThat(row.stage()).isEqualTo(DossierStage.DECIDED);
        assertThat(row.appraisedAt()).isNotNull();
        assertThat(row.votedAt()).isEqualTo(Instant.parse("2026-12-18T03:00:00Z"));
        assertThat(row.decisionDate()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(row.unitCode()).isEqualTo("SGDDT");
    }

    @Test
    void aBreachedSlaShowsUntilTheDossierIsAppraised() {
        // given
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_ASSIGNED, DOSSIER_ID, 2));
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SLA_BREACHED, DOSSIER_ID, 3));
        assertThat(dossier(DOSSIER_ID).openSlaBreach()).isTrue();
        assertThat(dossier(DOSSIER_ID).stage()).isEqualTo(DossierStage.IN_APPRAISAL);

        // when
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_APPRAISED, DOSSIER_ID, 4));

        // then
        assertThat(dossier(DOSSIER_ID).openSlaBreach()).isFalse();
        assertThat(dossier(DOSSIER_ID).slaBreached()).as("kept for the record").isTrue();
    }

    @Test
    void aPublicNoticeDescribesADossierNoDossierEventHasReachedButNotOneThatHas() {
        // when: the notice's partition is ahead of the dossier's
        nominationEvents.accept(EventMessages.fixture(EventTypes.NOTICE_OPENED, NOTICE_ID, 1));

        // then
        DossierRow shown = dossier(DOSSIER_ID);
        assertThat(shown.noticeId()).isEqualTo(NOTICE_ID);
        assertThat(shown.noticeOpensOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(shown.unitCode()).isEqualTo("SGDDT");
        assertThat(shown.subjectName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(shown.awardCode()).isEqualTo("CSTD_TQ");

        // when the dossier speaks, then the notice closes
        nominationEvents.accept(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1));
        nominationEvents.accept(EventMessages.fixture(EventTypes.NOTICE_CLOSED, NOTICE_ID, 2));

        // then the dossier's own description stands
        DossierRow closed = dossier(DOSSIER_ID);
        assertThat(closed.noticeClosedOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(closed.unresolvedComments()).isZero();
        assertThat(closed.awardCode()).isEqualTo("CSTDCS");
    }

    @Test
    void unitNamesFollowTheRegistryAndAStaleRegistrationDoesNotRevertThem() {
        // given
        planEvents.accept(Events.message(Events.unit("SGDDT", "Sở Giáo dục", "DEPARTMENT"), 1));

        // when
        UnitProfile renamed = Events.unit("SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT").unit();
        planEvents.accept(Events.message(new UnitChanged(renamed, List.of("name")), 2));
        planEvents.accept(Events.message(Events.unit("SGDDT", "Sở Giáo dục", "DEPARTMENT"), 1));

        // then
        assertThat(queries.unit("SGDDT").orElseThrow().name()).isEqualTo("Sở Giáo dục và Đào tạo");
    }

    @Test
    void unknownEventTypesAreSkipped() {
        // given
        EventType future = new EventType("task-archived", 1, Topic.PLAN, Object.class);

        // when
        planEvents.accept(EventMessages.of(future, "task-q", 9, "{\"taskId\":\"task-q\"}"));

        // then
        assertThat(count("task_views")).isZero();
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
        assertThatThrownBy(() -> nominationEvents.accept(EventMessages.of(EventTypes.AWARD_DECIDED, "a", 1, "null")))
                .as("null payload").isInstanceOf(PoisonEventException.class);
        Message<byte[]> noId = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.TYPE, EventTypes.TASK_DUE.type())
                .setHeader(CloudEventHeaders.SUBJECT, "task-1").build();
        assertThatThrownBy(() -> planEvents.accept(noId)).as("missing ce_id").isInstanceOf(PoisonEventException.class);
        assertThat(count("task_views")).isZero();
    }

    @Test
    void theBindingsReadTheirTopics() {
        // when
        input.send(EventMessages.fixture(EventTypes.PLAN_PUBLISHED, PLAN_ID, 1), "tdkt.plan.events");
        input.send(EventMessages.fixture(EventTypes.DOSSIER_SUBMITTED, DOSSIER_ID, 1), "tdkt.nomination.events");
        input.send(EventMessages.fixture(EventTypes.NOTIFICATION_FAILED, "n-1", 1), "tdkt.notification.events");
        input.send(Events.message(Events.assigned("t-bind", "SYT", "LEAD", "SYT", "2026-06-30", "REPORT",
                "Báo cáo sơ kết"), 1), "tdkt.plan.events");

        // then: every binding got its topic's records, the report duties' own group included
        assertThat(task(TASK_ID).state()).isEqualTo(TaskState.PLANNED);
        assertThat(dossier(DOSSIER_ID).stage()).isEqualTo(DossierStage.SUBMITTED);
        assertThat(count("delivery_views")).isEqualTo(1);
        assertThat(count("report_duties")).isEqualTo(1);
    }
}
