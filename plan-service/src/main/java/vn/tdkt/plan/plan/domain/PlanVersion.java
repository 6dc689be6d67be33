package vn.tdkt.plan.plan.domain;

import java.time.Instant;
import java.util.List;
import vn.tdkt.plan.task.domain.TaskDraft;

/** A published version of a plan, kept when the plan is amended (history is never rewritten). */
public record PlanVersion(int version, Instant publishedAt, String publishedBy, String reason, PlanContent content,
                          List<TaskDraft> tasks, PlanDiff diff) {
}
