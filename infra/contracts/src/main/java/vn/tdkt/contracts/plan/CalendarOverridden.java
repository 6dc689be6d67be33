package vn.tdkt.contracts.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An administrator replaced one year of the working-day calendar (a new make-up day, a holiday moved by the
 * Government). Every service that counts working days applies it, so deadlines agree across services.
 *
 * @param calendarId {@code vn-<year>}
 * @param data       the whole year in the calendar data format of {@code infra/calendar} ({@code calendar/vn-2026.txt})
 */
public record CalendarOverridden(
        @NotBlank String calendarId,
        int year,
        @NotBlank String data,
        @NotBlank String overriddenBy,
        @NotNull Instant overriddenAt) implements CalendarEvent {
}
