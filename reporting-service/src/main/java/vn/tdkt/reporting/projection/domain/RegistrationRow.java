package vn.tdkt.reporting.projection.domain;

import java.time.Instant;
import vn.tdkt.contracts.plan.RegistrationApproved;
import vn.tdkt.contracts.plan.RegistrationReturned;
import vn.tdkt.contracts.plan.RegistrationSubmitted;

/** Read model of one unit's emulation registration (đăng ký thi đua) for a movement. */
public record RegistrationRow(String registrationId, String movementId, String unitCode, Status status,
        int submission, int itemCount, Instant submittedAt, Instant approvedAt, String approvedEventId) {

    public enum Status { SUBMITTED, APPROVED, RETURNED }

    public static RegistrationRow of(String registrationId) {
        return new RegistrationRow(registrationId, null, null, null, 0, 0, null, null, null);
    }

    public RegistrationRow submitted(RegistrationSubmitted e) {
        return new RegistrationRow(registrationId, e.movementId(), e.unitCode(), Status.SUBMITTED, e.submission(),
                e.items().size(), e.submittedAt(), approvedAt, approvedEventId);
    }

    public RegistrationRow approved(RegistrationApproved e, String eventId) {
        return new RegistrationRow(registrationId, e.movementId(), e.unitCode(), Status.APPROVED, e.submission(),
                e.items().size(), submittedAt, e.approvedAt(), eventId);
    }

    public RegistrationRow returned(RegistrationReturned e) {
        return new RegistrationRow(registrationId, e.movementId(), e.unitCode(), Status.RETURNED, e.submission(),
                itemCount, submittedAt, approvedAt, approvedEventId);
    }
}
