package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.PlanAmended;
import vn.tdkt.contracts.plan.PlanPublished;

/** Read model of one plan (kế hoạch): its current version and how it changed. */
public record PlanRow(String planId, String code, String title, int year, int version, String issuerUnit,
        Instant publishedAt, int taskCount, Instant amendedAt, int amendments, int tasksAdded, int tasksRemoved,
        int tasksChanged) {

    public static PlanRow of(String planId) {
        return new PlanRow(planId, null, null, 0, 0, null, null, 0, null, 0, 0, 0, 0);
    }

    /** The first publication's time stays; a later version's tasks count. */
    public PlanRow published(PlanPublished e) {
        return new PlanRow(planId, e.code(), e.title(), e.year(), Math.max(version, e.version()), e.issuerUnit(),
                publishedAt == null ? e.publishedAt() : publishedAt, e.tasks().size(), amendedAt, amendments,
                tasksAdded, tasksRemoved, tasksChanged);
    }

    /** Each amendment adds to the counts of tasks added, removed and changed. */
    public PlanRow amended(PlanAmended e) {
        return new PlanRow(planId, e.code(), e.title(), e.year(), Math.max(version, e.version()), issuerUnit,
                publishedAt, taskCount, e.amendedAt(), amendments + 1, tasksAdded + e.added().size(),
                tasksRemoved + e.removed().size(), tasksChanged + e.changed().size());
    }
}
