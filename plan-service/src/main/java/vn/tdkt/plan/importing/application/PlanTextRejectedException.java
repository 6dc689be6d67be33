package vn.tdkt.plan.importing.application;

import vn.tdkt.plantext.RejectionReason;
import lombok.Getter;

/**
 * The upload is not plan text the importer can read (empty, too large, binary, not UTF-8). Nothing was stored.
 * The web layer answers 400, 413 or 415 depending on the reason.
 *
 * @see RejectionReason
 */
public class PlanTextRejectedException extends RuntimeException {

    @Getter
    private final RejectionReason reason;
    /** Technical detail for the client (byte offset, size, detected file type). */
    @Getter
    private final String detail;
    @Getter
    private final long maxBytes;

    public PlanTextRejectedException(RejectionReason reason, String detail, long maxBytes) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
        this.maxBytes = maxBytes;
    }
}
