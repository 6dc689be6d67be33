package vn.tdkt.nomination.sla.domain;

import java.util.Objects;
import vn.tdkt.calendar.WorkingDayCalendar;

/** What a clock needs to count: the budgets and the working-day calendar in force. */
public record SlaContext(SlaPolicy policy, WorkingDayCalendar calendar) {

    public SlaContext {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(calendar, "calendar");
    }
}
