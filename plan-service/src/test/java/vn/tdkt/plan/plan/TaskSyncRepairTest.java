package vn.tdkt.plan.plan;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.contracts.EventTypes;
import vn.tdkt.plan.plan.application.PlanService;
import vn.tdkt.plan.plan.domain.PlanContent;
import vn.tdkt.plan.plan.domain.PlanKind;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.plan.plan.persistence.PlanStore;
import vn.tdkt.plan.support.Outbox;
import vn.tdkt.plan.support.Plans;
import vn.tdkt.platformtest.service.ServiceTest;
import vn.tdkt.plan.task.persistence.TaskDocument;

/** A crash between writing the published plan and writing its tasks is repaired, without duplicates. */
class TaskSyncRepairTest extends ServiceTest {

    @Autowired PlanService plans;
    @Autowired PlanStore store;

    @Test
    void interrupted_publication_is_completed_once() {
        // given a plan published (its event written) whose tasks were never written: the process died in between
        clock.set(LocalDate.of(2025, 2, 1));
        String id = plans.create(Plans.SNV, new PlanContent("CR/KH", null, "UBND", null, "Kế hoạch", 2025,
                PlanKind.THEMATIC, null, null, null, null, null), List.of(
                Plans.due("Việc 1", LocalDate.of(2025, 3, 31), "SYT", "SGDDT"),
                Plans.due("Việc 2", LocalDate.of(2025, 4, 30), "SNV"))).value().id();
        Plan published = store.update(id, VersionPrecondition.none(),
                plan -> plan.publish("snv-user", clock.instant())).value();
        assertThat(mongo.count(Query.query(Criteria.where(path("planId")).is(id)), TaskDocument.class)).isZero();

        // when the repair runs (twice)
        plans.repairTaskSync();
        plans.repairTaskSync();

        // then both tasks exist, each assignment event once, and the plan is no longer pending
        List<String> taskIds = published.tasks().stream().map(t -> t.taskId()).toList();
        assertThat(taskIds).allSatisfy(task -> assertThat(mongo.findById(task, TaskDocument.class)).isNotNull());
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_ASSIGNED, taskIds.get(0))).hasSize(2);
        assertThat(Outbox.ofSubject(mongo, EventTypes.TASK_ASSIGNED, taskIds.get(1))).hasSize(1);
        assertThat(store.get(id).value().taskSyncPending()).isFalse();
    }
}
