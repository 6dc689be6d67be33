package vn.tdkt.plan.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.plan.task.domain.EvidenceKind;
import vn.tdkt.plan.task.domain.TaskDraft;
import vn.tdkt.plantext.PeriodParser;
import vn.tdkt.plantext.Recurrence;
import vn.tdkt.plantext.TaskPeriod;
import vn.tdkt.platform.domain.DomainException;
import lombok.RequiredArgsConstructor;

/**
 * Turns entered tasks into task drafts: reads each period with the plan reader's {@link PeriodParser} (its due date
 * follows the rule of {@code DueDateRule}: month → last day of the month, quarter → last day of the quarter, a date →
 * that date, a range → its last day, ongoing → none) and expands recurring duties into a series
 * ({@link Recurrence}). New tasks get fresh ids; amended ones keep theirs.
 */
@RequiredArgsConstructor
public final class TaskPlanner {

    private final PeriodParser periods = new PeriodParser();
    private final Supplier<String> ids;

    public List<TaskDraft> plan(List<TaskInput> inputs, int year) {
        return plan(inputs, year, Map.of());
    }

    /**
     * For an amendment: {@code current} are the plan's tasks by id. A task sent back with its id and its period text
     * unchanged keeps its period, due date and place in a series — its text ("Hàng quý (quý II/2025)") names an
     * occurrence, which read again on its own would be an ongoing duty without a due date.
     */
    public List<TaskDraft> plan(List<TaskInput> inputs, int year, Map<String, TaskDraft> current) {
        List<TaskDraft> drafts = new ArrayList<>();
        int line = 0;
        for (TaskInput input : inputs) {
            line++;
            if (input.content() == null || input.content().isBlank()) {
                throw DomainException.invalid("plan.task.content-missing", line);
            }
            if (input.leadUnit() == null || input.leadUnit().isBlank()) {
                throw DomainException.invalid("plan.task.lead-missing", line);
            }
            EvidenceKind evidence = input.expectedEvidence() == null ? EvidenceKind.REPORT : input.expectedEvidence();
            Optional<Recurrence> recurrence = input.taskId() == null && input.dueDate() == null
                    ? Recurrence.ofPeriodText(input.periodText()) : Optional.empty();
            if (recurrence.isPresent()) {
                String seriesKey = ids.get();
                int occurrence = 0;
                for (TaskPeriod period : recurrence.get().periods(input.periodText().strip(), year)) {
                    drafts.add(new TaskDraft(ids.get(), input.content(), period, input.leadUnit(),
                            input.coordinatingUnits(), evidence, seriesKey, ++occurrence));
                }
                continue;
            }
            TaskDraft before = input.taskId() == null ? null : current.get(input.taskId());
            boolean samePeriod = before != null && input.dueDate() == null && input.periodText() != null
                    && input.periodText().strip().equals(before.period().text().strip());
            TaskPeriod period = samePeriod ? before.period() : periods.parse(strip(input.periodText()), year);
            if (input.dueDate() != null) {
                period = period.withDueDate(input.dueDate());
            }
            drafts.add(new TaskDraft(input.taskId() == null ? ids.get() : input.taskId(), input.content(), period,
                    input.leadUnit(), input.coordinatingUnits(), evidence, before == null ? null : before.seriesKey(),
                    before == null ? 0 : before.occurrence()));
        }
        return drafts;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
