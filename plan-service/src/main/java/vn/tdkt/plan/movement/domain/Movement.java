package vn.tdkt.plan.movement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tdkt.contracts.plan.MovementClosed;
import vn.tdkt.contracts.plan.MovementEvent;
import vn.tdkt.contracts.plan.MovementLaunched;
import vn.tdkt.platform.domain.DomainException;

/**
 * An emulation movement (phong trào thi đua): launched by a directive for a period, with participating units, the
 * award forms it offers, per-unit quotas, a nomination window and a receiving desk. DRAFT → LAUNCHED → CLOSED; any
 * other transition is a conflict.
 */
public class Movement {

    private String id;
    private MovementData data;
    private MovementStatus status;
    private Instant createdAt;
    private String createdBy;
    private Instant launchedAt;
    private String launchedBy;
    private Instant closedAt;
    private String closedBy;

    private Movement() {
    }

    public static Movement draft(String id, MovementData data, String by, Instant now) {
        data.requireValid();
        Movement movement = new Movement();
        movement.id = id;
        movement.data = data;
        movement.status = MovementStatus.DRAFT;
        movement.createdAt = now;
        movement.createdBy = by;
        return movement;
    }

    public List<MovementEvent> launch(String by, Instant now) {
        requireStatus(MovementStatus.DRAFT, "movement.cannot-launch");
        List<String> missing = data.missingForLaunch();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing.get(0), id);
        }
        status = MovementStatus.LAUNCHED;
        launchedAt = now;
        launchedBy = by;
        ReceivingDesk desk = data.receivingDesk();
        return List.of(new MovementLaunched(id, data.name(), data.kind().name(), data.directive(), data.periodFrom(),
                data.periodTo(), data.planId(), data.participants(), data.awardForms(),
                data.quotas().stream().map(q -> new MovementLaunched.Quota(q.unitCode(), q.awardCode(), q.max())).toList(),
                data.nominationFrom(), data.nominationTo(), desk == null ? null : desk.unitCode(),
                desk == null ? null : desk.text(), now, by));
    }

    public List<MovementEvent> close(String by, Instant now) {
        requireStatus(MovementStatus.LAUNCHED, "movement.cannot-close");
        status = MovementStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        return List.of(new MovementClosed(id, data.name(), now, by));
    }

    private void requireStatus(MovementStatus expected, String code) {
        if (status != expected) {
            throw DomainException.conflict(code, id, status.name());
        }
    }

    public boolean hasParticipant(String unitCode) {
        return unitCode != null && data.participants().contains(unitCode);
    }

    public boolean offers(String awardCode) {
        return data.awardForms().contains(awardCode);
    }

    public Optional<Quota> quota(String unitCode, String awardCode) {
        return data.quotas().stream()
                .filter(q -> q.unitCode().equals(unitCode) && q.awardCode().equals(awardCode)).findFirst();
    }

    public String id() { return id; }
    public MovementData data() { return data; }
    public MovementStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant launchedAt() { return launchedAt; }
    public String launchedBy() { return launchedBy; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
