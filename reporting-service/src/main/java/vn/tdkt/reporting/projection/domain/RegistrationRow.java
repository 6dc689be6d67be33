package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;

/** Read model of one unit's emulation registration (đăng ký thi đua) for a movement. */
public final class RegistrationRow {

    public enum Status { SUBMITTED, APPROVED, RETURNED }

    private String registrationId;
    private String movementId;
    private String unitCode;
    private Status status;
    private int submission;
    private int itemCount;
    private Instant submittedAt;
    private Instant approvedAt;
    private String approvedEventId;

    private RegistrationRow() {
    }

    public static RegistrationRow of(String registrationId) {
        RegistrationRow row = new RegistrationRow();
        row.registrationId = registrationId;
        return row;
    }

    public void submitted(RegistrationSubmitted e) {
        movementId = e.movementId();
        unitCode = e.unitCode();
        status = Status.SUBMITTED;
        submission = e.submission();
        itemCount = e.items().size();
        submittedAt = e.submittedAt();
    }

    public void approved(RegistrationApproved e, String eventId) {
        movementId = e.movementId();
        unitCode = e.unitCode();
        status = Status.APPROVED;
        submission = e.submission();
        itemCount = e.items().size();
        approvedAt = e.approvedAt();
        approvedEventId = eventId;
    }

    public void returned(RegistrationReturned e) {
        movementId = e.movementId();
        unitCode = e.unitCode();
        status = Status.RETURNED;
        submission = e.submission();
    }

    public String registrationId() { return registrationId; }
    public String movementId() { return movementId; }
    public String unitCode() { return unitCode; }
    public Status status() { return status; }
    public int submission() { return submission; }
    public int itemCount() { return itemCount; }
    public Instant submittedAt() { return submittedAt; }
    public Instant approvedAt() { return approvedAt; }
    public String approvedEventId() { return approvedEventId; }
}
