package vn.tdkt.plan.reminder.domain;

import java.util.List;

/** What a scan must do for one task today: steps to emit and steps to mark skipped. */
public record LadderDecision(List<LadderStep> emit, List<LadderStep> skip) {

    public boolean isEmpty() {
        return emit.isEmpty() && skip.isEmpty();
    }

    /** Whether an overdue notice goes out: the task becomes overdue. */
    public boolean sendsOverdue() {
        return emit.stream().anyMatch(step -> step.kind() == StepKind.OVERDUE);
    }
}
