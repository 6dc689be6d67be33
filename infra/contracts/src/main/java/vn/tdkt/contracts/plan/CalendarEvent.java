package vn.tdkt.contracts.plan;

import vn.tdkt.contracts.EventPayload;

/** Every event of one year of the working-day calendar. Keyed by {@code calendarId} ({@code vn-2026}). */
public sealed interface CalendarEvent extends EventPayload permits CalendarOverridden {

    String calendarId();

    @Override
    default String aggregateId() {
        return calendarId();
    }
}
