package vn.tdkt.contracts.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A live task changed: its due date was moved (a new reminder ladder starts), a plan amendment changed it, or its
 * lead unit started it.
 *
 * @param reason           DUE_DATE_CHANGED, PLAN_AMENDED or STARTED
 * @param changedFields    names of the fields that changed (content, periodText, dueDate, leadUnit, expectedEvidence,
 *                         status, ...)
 * @param previousDueDate  the due date before the change (null when there was none)
 * @param expectedEvidence what proves the task done, as it is now (REPORT, DOCUMENT, EVENT, ARTICLE; null if unset)
 */
public record TaskUpdated(
        @JsonUnwrapped @Valid @NotNull TaskRef task,
        String periodText,
        @NotBlank String status,
        @NotBlank String reason,
        @NotNull List<String> changedFields,
        LocalDate dueDate,
        LocalDate previousDueDate,
        String expectedEvidence) implements TaskEvent {

    /** Without the evidence kind (events from before it was carried read it as null). */
    public TaskUpdated(TaskRef task, String periodText, String status, String reason, List<String> changedFields,
            LocalDate dueDate, LocalDate previousDueDate) {
        this(task, periodText, status, reason, changedFields, dueDate, previousDueDate, null);
    }
}
