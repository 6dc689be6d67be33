package vn.tdkt.plan.registration.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationEvent;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.plan.movement.domain.Quota;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A unit's emulation registration (đăng ký thi đua) for a launched movement: the award forms it aims for and how
 * many, never above its quota (R-DL-03). The level above approves it or returns it with a reason; after a return
 * the unit may submit again (the same registration, next submission number).
 */
public class Registration {

    private String id;
    private String movementId;
    private String unitCode;
    private List<RegistrationItem> items = new ArrayList<>();
    private RegistrationStatus status;
    private int submission;
    private Instant submittedAt;
    private String submittedBy;
    private Instant approvedAt;
    private String approvedBy;
    private List<ReturnNote> returns = new ArrayList<>();

    private Registration() {
    }

    public static Created<Registration, RegistrationEvent> submit(String id, Movement movement, String unitCode, List<RegistrationItem> items,
            String by, Instant now) {
        Registration registration = new Registration();
        registration.id = id;
        registration.movementId = movement.id();
        registration.unitCode = unitCode;
        return new Created<>(registration, registration.accept(movement, items, by, now));
    }

    /** A new submission after a return. */
    public List<RegistrationEvent> resubmit(Movement movement, List<RegistrationItem> newItems, String by, Instant now) {
        if (status != RegistrationStatus.RETURNED) {
            throw DomainException.conflict("registration.exists", unitCode, status.name());
        }
        return accept(movement, newItems, by, now);
    }

    private List<RegistrationEvent> accept(Movement movement, List<RegistrationItem> newItems, String by, Instant now) {
        if (!movement.id().equals(movementId)) {
            throw new IllegalArgumentException("registration " + id + " belongs to movement " + movementId);
        }
        if (movement.status() != MovementStatus.LAUNCHED) {
            throw DomainException.conflict("movement.not-launched", movement.id(), movement.status().name());
        }
        if (!movement.hasParticipant(unitCode)) {
            throw DomainException.invalid("registration.not-participant", unitCode, movement.id());
        }
        checkItems(movement, unitCode, newItems);
        items = List.copyOf(newItems);
        status = RegistrationStatus.SUBMITTED;
        submission++;
        submittedAt = now;
        submittedBy = by;
        approvedAt = null;
        approvedBy = null;
        return List.of(new RegistrationSubmitted(id, movementId, unitCode, submission, payloadItems(), now, by));
    }

    /** Every item is offered by the movement, counted at least once, listed once, and within the unit's quota. */
    static void checkItems(Movement movement, String unitCode, List<RegistrationItem> items) {
        if (items == null || items.isEmpty()) {
            throw DomainException.invalid("registration.items-missing");
        }
        Set<String> seen = new HashSet<>();
        for (RegistrationItem item : items) {
            if (item == null || item.awardCode() == null || !movement.offers(item.awardCode())) {
                throw DomainException.invalid("registration.award-not-offered", item == null ? null : item.awardCode(),
                        String.join(", ", movement.data().awardForms()));
            }
            if (item.count() < 1) {
                throw DomainException.invalid("registration.count-invalid", item.awardCode(), item.count());
            }
            if (!seen.add(item.awardCode())) {
                throw DomainException.invalid("registration.award-duplicate", item.awardCode());
            }
            Quota quota = movement.quota(unitCode, item.awardCode()).orElse(null);
            if (quota != null && item.count() > quota.max()) {
                throw DomainException.invalid("registration.quota-exceeded", unitCode, item.awardCode(), item.count(),
                        quota.max());
            }
        }
    }

    public List<RegistrationEvent> approve(String by, Instant now) {
        requireSubmitted("registration.cannot-approve");
        status = RegistrationStatus.APPROVED;
        approvedAt = now;
        approvedBy = by;
        return List.of(new RegistrationApproved(id, movementId, unitCode, submission, payloadItems(), now, by));
    }

    public List<RegistrationEvent> returnForRevision(String reason, String by, Instant now) {
        requireSubmitted("registration.cannot-return");
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("registration.reason-missing");
        }
        String text = reason.strip();
        status = RegistrationStatus.RETURNED;
        returns.add(new ReturnNote(submission, text, now, by));
        return List.of(new RegistrationReturned(id, movementId, unitCode, submission, text, now, by));
    }

    private void requireSubmitted(String code) {
        if (status != RegistrationStatus.SUBMITTED) {
            throw DomainException.conflict(code, id, status.name());
        }
    }

    private List<RegistrationSubmitted.Item> payloadItems() {
        return items.stream().map(item -> new RegistrationSubmitted.Item(item.awardCode(), item.count())).toList();
    }

    public String id() { return id; }
    public String movementId() { return movementId; }
    public String unitCode() { return unitCode; }
    public List<RegistrationItem> items() { return List.copyOf(items); }
    public RegistrationStatus status() { return status; }
    public int submission() { return submission; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String approvedBy() { return approvedBy; }
    public List<ReturnNote> returns() { return List.copyOf(returns); }
}
