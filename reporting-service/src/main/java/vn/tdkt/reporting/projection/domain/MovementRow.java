package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementLaunched;

/** Read model of one emulation movement (phong trào thi đua). */
public final class MovementRow {

    private String movementId;
    private String name;
    private String kind;
    private String directive;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String planId;
    private List<String> participants = new ArrayList<>();
    private List<String> awardForms = new ArrayList<>();
    private Instant launchedAt;
    private String launchedEventId;
    private Instant closedAt;

    private MovementRow() {
    }

    public static MovementRow of(String movementId) {
        MovementRow row = new MovementRow();
        row.movementId = movementId;
        return row;
    }

    public void launched(MovementLaunched e, String eventId) {
        name = e.name();
        kind = e.kind();
        directive = e.directive();
        periodFrom = e.periodFrom();
        periodTo = e.periodTo();
        planId = e.planId();
        participants = new ArrayList<>(e.participants());
        awardForms = new ArrayList<>(e.awardForms());
        launchedAt = e.launchedAt();
        launchedEventId = eventId;
    }

    public void closed(MovementClosed e) {
        if (name == null) {
            name = e.name();
        }
        closedAt = e.closedAt();
    }

    /** Whether the movement runs during any part of {@code year}. */
    public boolean runsIn(int year) {
        return periodFrom != null && periodTo != null && periodFrom.getYear() <= year && periodTo.getYear() >= year;
    }

    public String movementId() { return movementId; }
    public String name() { return name; }
    public String kind() { return kind; }
    public String directive() { return directive; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public String planId() { return planId; }
    public List<String> participants() { return List.copyOf(participants); }
    public List<String> awardForms() { return List.copyOf(awardForms); }
    public Instant launchedAt() { return launchedAt; }
    public String launchedEventId() { return launchedEventId; }
    public Instant closedAt() { return closedAt; }
}
