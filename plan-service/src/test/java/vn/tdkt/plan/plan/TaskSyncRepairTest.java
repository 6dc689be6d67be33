package vn.tdkt.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import vn.tdkt.plan.plan.persistence.PlanDocument;
import vn.tdkt.plan.plan.persistence.PlanStore;
import vn.tdkt.plan.support.MutableClock;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.plan.support.ServiceTest;
import vn.tdkt.plan.task.persistence.TaskDocument;

/** A crash between writing the published plan and writing its tasks is repaired, without duplicates. */
@ServiceTest
class TaskSyncRepairTest {

    @Autowired PlanService plans;
    @Autowired PlanStore store;
    @Autowired MongoTemplate mongo;
    @Autowired MutableClock clock;

    @Test
    void interrupted_publication_is_completed_once() {
        // given a plan published (its event written) whose tasks were never written: the process died in between
        clock.set(LocalDate.of(2025, 2, 1));
        PlanDocument draft = plans.create(Plans.SNV, new PlanContent("CR/KH", null, "UBND", null, "Kế hoạch", 2025,
                PlanKind.THEMATIC, null, null, null, null, null), List.of(
                Plans.due("Việc 1", LocalDate.of(2025, 3, 31), "SYT", "SGDDT"),
                Plans.due("Việc 2", LocalDate.of(2025, 4, 30), "SNV")));
        PlanDocument loaded = store.find(draft.getId()).orElseThrow();
        store.save(loaded, loaded.getPlan().publish("snv-user", clock.instant()));
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where(TaskDocument.PLAN_ID).is(draft.getId())),
                TaskDocument.class)).isZero();

        // when the repair runs (twice)
        plans.repairTaskSync();
        plans.repairTaskSync();

        // then both tasks exist, each assignment event once, and the plan is no longer pending
        List<String> taskIds = loaded.getPlan().tasks().stream().map(t -> t.taskId()).toList();
        assertThat(taskIds).allSatisfy(id -> assertThat(mongo.findById(id, TaskDocument.class)).isNotNull());
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_ASSIGNED, taskIds.get(0))).hasSize(2);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_ASSIGNED, taskIds.get(1))).hasSize(1);
        assertThat(store.find(draft.getId()).orElseThrow().getPlan().taskSyncPending()).isFalse();
    }
}
