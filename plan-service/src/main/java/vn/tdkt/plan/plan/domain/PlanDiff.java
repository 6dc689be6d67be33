package vn.tdkt.plan.plan.domain;

import java.util.List;

/** What an amendment did to the task list, compared by task id. */
public record PlanDiff(List<Entry> added, List<Entry> removed, List<Entry> changed) {

    public PlanDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public record Entry(String taskId, String content, List<String> changedFields) {
        public Entry {
            changedFields = List.copyOf(changedFields);
        }
    }
}
