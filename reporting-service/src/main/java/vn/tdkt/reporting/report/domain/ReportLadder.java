package vn.tdkt.reporting.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.tdkt.calendar.HolidayShift;
import lombok.RequiredArgsConstructor;

/**
 * Decides which ladder steps of a duty are due on a day; the rules of the task ladder (plan-service):
 * <ol>
 *   <li>only a duty the unit still owes has a ladder (a submission stops it, a return starts it again towards the
 *       date the return set);</li>
 *   <li>the ladder belongs to the current deadline: step keys carry it, so a new deadline starts a new ladder;</li>
 *   <li>a step already marked (emitted or skipped) is never handled again;</li>
 *   <li>a before-deadline step whose nominal date was already past when the ladder started is skipped, not
 *       replayed, and none is sent once the deadline itself has passed;</li>
 *   <li>catch-up after downtime: of the passed, unmarked steps only the most recent of each kind is emitted;</li>
 *   <li>a duty already overdue when its ladder started gets the first overdue step only, not the escalation.</li>
 * </ol>
 */
@RequiredArgsConstructor
public final class ReportLadder {

    /** What a scan must do for one duty today. */
    public record Decision(List<LadderStep> emit, List<LadderStep> skip) {
        public boolean isEmpty() {
            return emit.isEmpty() && skip.isEmpty();
        }
    }

    private final LadderPolicy policy;
    private final HolidayShift shift;

    public Decision decide(ReportDuty duty, LocalDate today) {
        LocalDate deadline = duty.deadline();
        if (!duty.status().isOpen() || deadline == null) {
            return new Decision(List.of(), List.of());
        }
        List<LadderStep> emit = new ArrayList<>();
        List<LadderStep> skip = new ArrayList<>();
        List<LadderStep> pending = policy.steps(deadline, shift).stream()
                .filter(step -> !duty.hasLadderMark(step.key()))
                .filter(step -> !step.reminderDate().isAfter(today))
                .toList();
        for (boolean overdue : new boolean[] {false, true}) {
            List<LadderStep> ofKind = new ArrayList<>(pending.stream().filter(step -> step.overdue() == overdue).toList());
            if (!overdue) {
                Predicate<LadderStep> stale = step -> today.isAfter(deadline)
                        || duty.ladderStartedOn() != null
                        && step.deadline().minusDays(step.offsetDays()).isBefore(duty.ladderStartedOn());
                ofKind.stream().filter(stale).forEach(skip::add);
                ofKind.removeIf(stale);
            } else if (duty.ladderStartedOn() != null && !ofKind.isEmpty()
                    && ofKind.stream().allMatch(step -> !step.reminderDate().isAfter(duty.ladderStartedOn()))) {
                // owed already late when its ladder started (asked for after its date): the unit is told once that
                // it is overdue, not escalated at once over steps it had no time to avoid
                LadderStep first = ofKind.stream().min(Comparator.comparingInt(LadderStep::offsetDays)).orElseThrow();
                emit.add(first);
                ofKind.stream().filter(step -> step != first).forEach(skip::add);
                continue;
            }
            ofKind.stream()
                    .max(Comparator.comparing(LadderStep::reminderDate)
                            .thenComparing(step -> overdue ? step.offsetDays() : -step.offsetDays()))
                    .ifPresent(latest -> {
                        emit.add(latest);
                        ofKind.stream().filter(step -> step != latest).forEach(skip::add);
                    });
        }
        return new Decision(emit, skip);
    }

    public LadderPolicy policy() {
        return policy;
    }
}
