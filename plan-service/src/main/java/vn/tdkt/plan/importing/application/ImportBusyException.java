package vn.tdkt.plan.importing.application;

import lombok.Getter;

/** Every place to read a plan document stayed taken for as long as a request may wait: answered 503. */
@Getter
public class ImportBusyException extends RuntimeException {

    /** When the caller may try again. */
    private final long retryAfterSeconds;

    public ImportBusyException(long retryAfterSeconds) {
        super("every plan-import reader is busy; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
