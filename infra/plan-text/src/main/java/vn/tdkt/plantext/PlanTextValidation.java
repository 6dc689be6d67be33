package vn.tdkt.plantext;

import java.util.Optional;

/**
 * Outcome of {@link PlanTextValidator}: either the decoded text, or a rejection reason with a
 * technical detail (byte offset, size) for logs. A result, not an exception, so the application
 * layer can map each reason to its own problem response.
 */
public record PlanTextValidation(String text, RejectionReason rejection, String detail) {

    static PlanTextValidation accepted(String text) {
        return new PlanTextValidation(text, null, "");
    }

    static PlanTextValidation rejected(RejectionReason reason, String detail) {
        return new PlanTextValidation(null, reason, detail);
    }

    public boolean isAccepted() {
        return rejection == null;
    }

    public Optional<RejectionReason> rejectionReason() {
        return Optional.ofNullable(rejection);
    }
}
