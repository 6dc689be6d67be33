package vn.tdkt.notification.escalation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.notification.notice.domain.OverdueItem;

/**
 * The escalation chain of one overdue task or report duty (PRODUCT.md Part 4 item 3): the unit is told when it is
 * overdue, its head on day +7 (plan-service's and reporting's {@code escalate} event, or this chain's own schedule
 * if that event does not come), the level above on day +14 (this chain's schedule). Completion, cancellation,
 * submission or a new due date closes the case; a closed case stays closed for its due date, so a late overdue event
 * for the same due date starts nothing. Each step fires once: its notices are recorded under the step's own id
 * ({@link #stepId}), whichever trigger fires it.
 */
public class EscalationCase {

    private String id;
    private OverdueItem item;
    private LocalDate dueDate;
    private EscalationStatus status;
    private String closedReason;
    private Instant closedAt;
    private Instant openedAt;
    private Instant headDueAt;
    private Instant parentDueAt;
    private Instant nextStepAt;
    private Instant unitNotifiedAt;
    private Instant headNotifiedAt;
    private Instant parentNotifiedAt;
    private String parentUnit;

    /**
     * OPEN: the chain runs. CLOSED: stopped for its due date (a stale overdue event is ignored). RETURNED: a submitted
     * report came back to its unit; nothing runs, and the next overdue event starts the chain again.
     */
    public enum EscalationStatus {
        OPEN, CLOSED, RETURNED
    }

    /** The reason a submitted report closes its case ({@code report-submitted}). */
    public static final String SUBMITTED = "SUBMITTED";

    private EscalationCase() {
    }

    public static EscalationCase open(OverdueItem item, EscalationOffsets offsets, Instant now) {
        EscalationCase escalation = new EscalationCase();
        escalation.id = item.caseId();
        escalation.reopen(item, offsets, now);
        return escalation;
    }

    /** A case closed before it was ever overdue (a task done on time), so that a stale overdue event is ignored. */
    public static EscalationCase closedBefore(String caseId, LocalDate dueDate, String reason, Instant now) {
        EscalationCase escalation = new EscalationCase();
        escalation.id = Objects.requireNonNull(caseId, "caseId");
        escalation.dueDate = dueDate;
        escalation.status = EscalationStatus.CLOSED;
        escalation.closedReason = reason;
        escalation.closedAt = now;
        return escalation;
    }

    /**
     * An overdue event for this item. @return false when the event is stale: the case was closed for this very due
     * date (the item was completed, cancelled or submitted).
     */
    public boolean overdue(OverdueItem overdue, EscalationOffsets offsets, Instant now) {
        if (overdue.dueDate().equals(dueDate) && status != EscalationStatus.RETURNED) {
            if (status == EscalationStatus.CLOSED) {
                return false;
            }
            item = overdue;
            return true;
        }
        reopen(overdue, offsets, now);
        return true;
    }

    public boolean hasFired(EscalationStep step) {
        return switch (step) {
            case UNIT -> unitNotifiedAt != null;
            case HEAD -> headNotifiedAt != null;
            case PARENT -> parentNotifiedAt != null;
        };
    }

    /** The scheduled steps whose time has come: the head on day +7, the level above on day +14. */
    public List<EscalationStep> dueSteps(Instant now) {
        List<EscalationStep> due = new ArrayList<>();
        if (status != EscalationStatus.OPEN) {
            return due;
        }
        if (headNotifiedAt == null && !headDueAt.isAfter(now)) {
            due.add(EscalationStep.HEAD);
        }
        if (parentNotifiedAt == null && !parentDueAt.isAfter(now)) {
            due.add(EscalationStep.PARENT);
        }
        return due;
    }

    /** The step's notices were recorded; {@code target} is the unit they went to. */
    public List<EventPayload> fired(EscalationStep step, String target, Instant now) {
        switch (step) {
            case UNIT -> unitNotifiedAt = unitNotifiedAt == null ? now : unitNotifiedAt;
            case HEAD -> headNotifiedAt = headNotifiedAt == null ? now : headNotifiedAt;
            case PARENT -> {
                parentNotifiedAt = parentNotifiedAt == null ? now : parentNotifiedAt;
                parentUnit = parentUnit == null ? target : parentUnit;
            }
        }
        nextStepAt = next();
        return List.of();
    }

    /** Completed, cancelled, submitted or given a new due date: the chain stops. */
    public List<EventPayload> close(String reason, Instant now) {
        if (status != EscalationStatus.CLOSED) {
            status = EscalationStatus.CLOSED;
            closedReason = reason;
            closedAt = now;
            nextStepAt = null;
        }
        return List.of();
    }

    /**
     * The submission that closed the case was returned to its unit, to be sent again by {@code resubmitBy} (null: by
     * the same due date). The report is owed again: a case that was already overdue resumes at once; otherwise the
     * next overdue event for the due date starts the chain instead of being taken for stale. Steps already sent for
     * the date are not sent twice: their notices keep their {@link #stepId} ids.
     */
    public List<EventPayload> returned(LocalDate resubmitBy, LocalDate today, Instant now) {
        if (status != EscalationStatus.CLOSED || !SUBMITTED.equals(closedReason)) {
            return List.of();
        }
        if (item != null && (resubmitBy == null || !resubmitBy.isAfter(today))) {
            // it was overdue before the late submission, and no later date was given: the chain resumes where it
            // stopped (the producer sends no overdue event for steps it already sent)
            status = EscalationStatus.OPEN;
            closedReason = null;
            closedAt = null;
            nextStepAt = next();
            return List.of();
        }
        status = EscalationStatus.RETURNED;
        return List.of();
    }

    /** The id under which a step's notices are recorded: the same whoever fires it. */
    public String stepId(EscalationStep step) {
        return "escalation:" + id + ":" + dueDate + ":" + step.name();
    }

    private void reopen(OverdueItem overdue, EscalationOffsets offsets, Instant now) {
        item = overdue;
        dueDate = overdue.dueDate();
        status = EscalationStatus.OPEN;
        closedReason = null;
        closedAt = null;
        openedAt = now;
        headDueAt = offsets.headAt(dueDate, now);
        parentDueAt = offsets.parentAt(dueDate, now);
        unitNotifiedAt = null;
        headNotifiedAt = null;
        parentNotifiedAt = null;
        parentUnit = null;
        nextStepAt = next();
    }

    private Instant next() {
        if (status != EscalationStatus.OPEN) {
            return null;
        }
        if (headNotifiedAt == null) {
            return headDueAt;
        }
        return parentNotifiedAt == null ? parentDueAt : null;
    }

    public String id() { return id; }
    public OverdueItem item() { return item; }
    public LocalDate dueDate() { return dueDate; }
    public EscalationStatus status() { return status; }
    public String closedReason() { return closedReason; }
    public Instant closedAt() { return closedAt; }
    public Instant openedAt() { return openedAt; }
    public Instant headDueAt() { return headDueAt; }
    public Instant parentDueAt() { return parentDueAt; }
    public Instant nextStepAt() { return nextStepAt; }
    public Instant unitNotifiedAt() { return unitNotifiedAt; }
    public Instant headNotifiedAt() { return headNotifiedAt; }
    public Instant parentNotifiedAt() { return parentNotifiedAt; }
    public String parentUnit() { return parentUnit; }
}
