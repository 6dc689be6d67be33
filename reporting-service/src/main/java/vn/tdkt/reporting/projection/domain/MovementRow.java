package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;

/** Read model of one emulation movement (phong trào thi đua). */
public record MovementRow(String movementId, String name, String kind, String directive, LocalDate periodFrom,
        LocalDate periodTo, String planId, List<String> participants, List<String> awardForms, Instant launchedAt,
        String launchedEventId, Instant closedAt) {

    public MovementRow {
        participants = participants == null ? List.of() : List.copyOf(participants);
        awardForms = awardForms == null ? List.of() : List.copyOf(awardForms);
    }

    public static MovementRow of(String movementId) {
        return new MovementRow(movementId, null, null, null, null, null, null, List.of(), List.of(), null, null, null);
    }

    public MovementRow launched(MovementLaunched e, String eventId) {
        return new MovementRow(movementId, e.name(), e.kind(), e.directive(), e.periodFrom(), e.periodTo(),
                e.planId(), e.participants(), e.awardForms(), e.launchedAt(), eventId, closedAt);
    }

    /** A close may arrive before the launch (another partition): it names the movement until the launch does. */
    public MovementRow closed(MovementClosed e) {
        return new MovementRow(movementId, name == null ? e.name() : name, kind, directive, periodFrom, periodTo,
                planId, participants, awardForms, launchedAt, launchedEventId, e.closedAt());
    }

    /** Whether the movement runs during any part of {@code year}. */
    public boolean runsIn(int year) {
        return periodFrom != null && periodTo != null && periodFrom.getYear() <= year && periodTo.getYear() >= year;
    }
}
