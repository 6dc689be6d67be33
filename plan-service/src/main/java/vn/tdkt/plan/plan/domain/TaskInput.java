package vn.tdkt.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.plan.task.domain.EvidenceKind;

/**
 * A task as an officer enters it. {@code taskId} is set only in amendments, to say "this is that existing task".
 * {@code dueDate} overrides the date derived from {@code periodText}.
 */
public record TaskInput(String taskId, String content, String periodText, LocalDate dueDate, String leadUnit,
                        List<String> coordinatingUnits, EvidenceKind expectedEvidence) {
}
