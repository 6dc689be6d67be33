package vn.tdkt.plan.task.domain;

import java.util.List;
import java.util.Objects;
import vn.tdkt.plantext.TaskPeriod;

/**
 * What a plan says about one task, before it is live: the content, period, units and expected evidence.
 *
 * @param seriesKey  shared by the occurrences of a recurring duty ("hàng quý" → 4 tasks); null otherwise
 * @param occurrence 1-based position in the series; 0 when not recurring
 */
public record TaskDraft(String taskId, String content, TaskPeriod period, String leadUnit,
                        List<String> coordinatingUnits, EvidenceKind expectedEvidence, String seriesKey, int occurrence) {

    public TaskDraft {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(period, "period");
        coordinatingUnits = coordinatingUnits == null ? List.of()
                : coordinatingUnits.stream().filter(unit -> !unit.equals(leadUnit)).distinct().toList();
    }

    /** Names of the fields that differ from {@code other} (the same task in another plan version). */
    public List<String> changedFields(TaskDraft other) {
        List<String> changed = new java.util.ArrayList<>();
        if (!Objects.equals(content, other.content)) {
            changed.add("content");
        }
        if (!Objects.equals(period.text(), other.period.text())) {
            changed.add("periodText");
        }
        if (!Objects.equals(period.dueDate(), other.period.dueDate())) {
            changed.add("dueDate");
        }
        if (!Objects.equals(leadUnit, other.leadUnit)) {
            changed.add("leadUnit");
        }
        if (!new java.util.HashSet<>(coordinatingUnits).equals(new java.util.HashSet<>(other.coordinatingUnits))) {
            changed.add("coordinatingUnits");
        }
        if (expectedEvidence != other.expectedEvidence) {
            changed.add("expectedEvidence");
        }
        return changed;
    }
}
