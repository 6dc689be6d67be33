package vn.tdkt.plan.reminder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tdkt.calendar.HolidayShift;

/**
 * The reminder ladder of a task (configurable; defaults 14, 7, 3, 1 days before → task-due; 1 day after →
 * task-overdue; 7 days after → task-overdue with escalation to the head of the lead unit).
 *
 * <p>Holiday shift: a before-due reminder that falls on a non-working day moves to the previous working day
 * (a warning may come earlier, never later). An after-due step also moves to the previous working day as long as
 * that day is still after the due date; otherwise (e.g. due on a Friday, "+1" is Saturday) it moves to the next
 * working day, because an overdue notice must never precede the deadline.
 *
 * @param dueOffsets      days before the due date, e.g. [14, 7, 3, 1]
 * @param overdueOffsets  days after the due date, e.g. [1, 7]
 * @param escalateOffset  the after-due offset that escalates (e.g. 7); 0 for none
 */
public record LadderPolicy(List<Integer> dueOffsets, List<Integer> overdueOffsets, int escalateOffset) {

    public static final LadderPolicy DEFAULT = new LadderPolicy(List.of(14, 7, 3, 1), List.of(1, 7), 7);

    public LadderPolicy {
        dueOffsets = dueOffsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        overdueOffsets = overdueOffsets.stream().distinct().sorted().toList();
        if (dueOffsets.stream().anyMatch(offset -> offset < 0) || overdueOffsets.stream().anyMatch(offset -> offset < 1)) {
            throw new IllegalArgumentException("Ladder offsets must be >= 0 before and >= 1 after the due date");
        }
    }

    public List<LadderStep> steps(LocalDate dueDate, HolidayShift shift) {
        Objects.requireNonNull(dueDate, "dueDate");
        List<LadderStep> steps = new ArrayList<>();
        for (int offset : dueOffsets) {
            LocalDate date = shift.previousWorkingDayOnOrBefore(dueDate.minusDays(offset));
            steps.add(new LadderStep(LadderStep.key(StepKind.DUE, offset, dueDate), StepKind.DUE, offset, dueDate, date,
                    false));
        }
        for (int offset : overdueOffsets) {
            LocalDate nominal = dueDate.plusDays(offset);
            LocalDate date = shift.previousWorkingDayOnOrBefore(nominal);
            if (!date.isAfter(dueDate)) {
                date = shift.nextWorkingDayOnOrAfter(nominal);
            }
            steps.add(new LadderStep(LadderStep.key(StepKind.OVERDUE, offset, dueDate), StepKind.OVERDUE, offset,
                    dueDate, date, offset == escalateOffset));
        }
        return steps;
    }

    public int maxDueOffset() {
        return dueOffsets.isEmpty() ? 0 : dueOffsets.get(0);
    }

    public int maxOverdueOffset() {
        return overdueOffsets.isEmpty() ? 0 : overdueOffsets.get(overdueOffsets.size() - 1);
    }
}
