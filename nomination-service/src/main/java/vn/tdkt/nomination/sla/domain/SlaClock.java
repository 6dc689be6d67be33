package vn.tdkt.nomination.sla.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.calendar.WorkingDayCalendar;

/**
 * One working-day clock of a dossier ("trong thời hạn N ngày làm việc kể từ ngày nhận đủ hồ sơ"). Immutable: every
 * change returns a new clock. The due date is never stored as the truth: it is recomputed from the day the clock
 * (re)started and the working days still left, on the calendar in force, so an administrator's calendar override
 * moves every running deadline.
 *
 * <p>Counting: the start day does not count (legal time limits run from the day after receipt); the day a clock
 * pauses counts as used; the day it resumes does not.
 *
 * @param round        1 for the first run of this kind, 2 after the first resubmission, … (the RETURN clock
 *                     starts afresh at each receipt; the APPRAISAL clock keeps round 1 and only pauses)
 * @param usedBefore   working days used in earlier runs (before the last pause)
 * @param runningSince the day the current run started, while RUNNING
 * @param emitted      the notices this clock already gave (each at most once)
 */
public record SlaClock(ClockKind kind, int round, int budget, int usedBefore, LocalDate runningSince,
        ClockState state, Set<SlaStep> emitted) {

    public SlaClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        emitted = emitted == null || emitted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emitted));
    }

    public static SlaClock start(ClockKind kind, int round, int budget, LocalDate today) {
        return new SlaClock(kind, round, budget, 0, today, ClockState.RUNNING, Set.of());
    }

    public boolean isRunning() {
        return state == ClockState.RUNNING;
    }

    /** Stops counting; the days used so far are kept for {@link #resume}. */
    public SlaClock pause(LocalDate today, WorkingDayCalendar calendar) {
        if (!isRunning()) {
            return this;
        }
        return new SlaClock(kind, round, budget, usedOn(today, calendar), null, ClockState.PAUSED, emitted);
    }

    public SlaClock resume(LocalDate today) {
        if (state != ClockState.PAUSED) {
            return this;
        }
        return new SlaClock(kind, round, budget, usedBefore, today, ClockState.RUNNING, emitted);
    }

    /** The step this clock measured is done (appraised, returned, accepted, recalled). */
    public SlaClock stop(LocalDate today, WorkingDayCalendar calendar) {
        if (state == ClockState.STOPPED) {
            return this;
        }
        int used = isRunning() ? usedOn(today, calendar) : usedBefore;
        return new SlaClock(kind, round, budget, used, null, ClockState.STOPPED, emitted);
    }

    /** Working days used up to and including {@code today}. */
    public int usedOn(LocalDate today, WorkingDayCalendar calendar) {
        if (!isRunning()) {
            return usedBefore;
        }
        return usedBefore + Math.max(0, calendar.workingDaysBetween(runningSince, today));
    }

    /** The deadline while running: the start of the current run plus the working days still left. */
    public Optional<LocalDate> dueDate(WorkingDayCalendar calendar) {
        if (!isRunning()) {
            return Optional.empty();
        }
        return Optional.of(calendar.addWorkingDays(runningSince, budget - usedBefore));
    }

    /**
     * The notice due today, if any: BREACHED once the deadline has passed, else DUE when at most
     * {@code dueSoonDays} working days are left. After downtime only the later notice goes out (a breached clock
     * does not first announce that it is nearly due).
     */
    public Optional<SlaStep> stepOn(LocalDate today, int dueSoonDays, WorkingDayCalendar calendar) {
        Optional<LocalDate> due = dueDate(calendar);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        if (today.isAfter(due.get())) {
            return emitted.contains(SlaStep.BREACHED) ? Optional.empty() : Optional.of(SlaStep.BREACHED);
        }
        if (!emitted.contains(SlaStep.DUE) && !emitted.contains(SlaStep.BREACHED)
                && calendar.workingDaysBetween(today, due.get()) <= dueSoonDays) {
            return Optional.of(SlaStep.DUE);
        }
        return Optional.empty();
    }

    /** This clock with {@code step} (and, for a breach, the earlier notice) marked as given. */
    public SlaClock mark(SlaStep step) {
        Set<SlaStep> marks = EnumSet.of(step);
        marks.addAll(emitted);
        if (step == SlaStep.BREACHED) {
            marks.add(SlaStep.DUE);
        }
        return new SlaClock(kind, round, budget, usedBefore, runningSince, state, marks);
    }

    /** The first day a notice could be due, for the scan's index; empty when the clock has nothing left to say. */
    public Optional<LocalDate> nextCheck(int dueSoonDays, WorkingDayCalendar calendar) {
        Optional<LocalDate> due = dueDate(calendar);
        if (due.isEmpty() || emitted.contains(SlaStep.BREACHED)) {
            return Optional.empty();
        }
        if (!emitted.contains(SlaStep.DUE)) {
            return Optional.of(calendar.addWorkingDays(due.get(), -dueSoonDays));
        }
        return Optional.of(due.get().plusDays(1));
    }

    /** Working days left on {@code today} (negative when late). */
    public int workingDaysLeft(LocalDate today, WorkingDayCalendar calendar) {
        return dueDate(calendar).map(due -> calendar.workingDaysBetween(today, due)).orElse(budget - usedBefore);
    }
}
