package vn.tdkt.nomination.council.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How often the provincial council must meet (R-MEET-02: at least every 6 months, QĐ 86/2025/QĐ-UBND Bắc Ninh
 * Điều 8 k4 b) and how long before the mark its standing body is reminded.
 */
public record MeetingCadence(Period interval, Period lead) {

    public MeetingCadence {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lead, "lead");
        if (interval.isNegative() || interval.isZero() || lead.isNegative()) {
            throw new IllegalArgumentException("a meeting interval must be positive and its lead not negative");
        }
    }

    /** The day by which the council must meet again after meeting (or being established) on {@code base}. */
    public LocalDate dueBy(LocalDate base) {
        return base.plus(interval);
    }

    /** The first day the reminder for that mark is sent. */
    public LocalDate remindFrom(LocalDate base) {
        return dueBy(base).minus(lead);
    }
}
