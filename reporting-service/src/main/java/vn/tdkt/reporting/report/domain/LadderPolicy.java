package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.calendar.HolidayShift;

/**
 * The reminder ladder of report deadlines (configurable, {@code tdkt.reporting.ladder.*}; by default 15, 7 and 3
 * days before, as DOMAIN §6 suggests, then 1 day after and 7 days after with escalation).
 *
 * <p>Holiday shift, as for tasks: a before-deadline reminder on a non-working day moves to the previous working day
 * (a warning may come earlier, never later); an after-deadline step moves to the previous working day while that
 * is still after the deadline, otherwise to the next working day (an overdue notice never precedes the deadline).
 */
public record LadderPolicy(List<Integer> dueOffsets, List<Integer> overdueOffsets, int escalateOffset) {

    public LadderPolicy {
        dueOffsets = dueOffsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        overdueOffsets = overdueOffsets.stream().distinct().sorted().toList();
        if (dueOffsets.stream().anyMatch(offset -> offset < 0)
                || overdueOffsets.stream().anyMatch(offset -> offset < 1)) {
            throw new IllegalArgumentException("Ladder offsets must be >= 0 before and >= 1 after the deadline");
        }
    }

    public List<LadderStep> steps(LocalDate deadline, HolidayShift shift) {
        List<LadderStep> steps = new ArrayList<>();
        for (int offset : dueOffsets) {
            steps.add(new LadderStep(LadderStep.key(false, offset, deadline), false, offset, deadline,
                    shift.previousWorkingDayOnOrBefore(deadline.minusDays(offset)), false));
        }
        for (int offset : overdueOffsets) {
            LocalDate nominal = deadline.plusDays(offset);
            LocalDate date = shift.previousWorkingDayOnOrBefore(nominal);
            if (!date.isAfter(deadline)) {
                date = shift.nextWorkingDayOnOrAfter(nominal);
            }
            steps.add(new LadderStep(LadderStep.key(true, offset, deadline), true, offset, deadline, date,
                    offset == escalateOffset));
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
