package vn.tdkt.notification.delivery.application;

/**
 * What one delivery round came to.
 *
 * @param calls how many calls reached the network in this round (Resilience4j retries included)
 */
public record SendOutcome(Result result, int calls, String error) {

    public enum Result {
        /** Accepted by the mail server / a 2xx from the webhook receiver. */
        SENT,
        /** Failed after the round's retries. */
        FAILED,
        /** The circuit breaker is open: no call was made. */
        NOT_PERMITTED,
        /** The webhook receiver answered 410 Gone: stop sending to it (Standard Webhooks). */
        GONE,
        /** The mail server refused the recipient for good (5yz), or no message could be built: not retried. */
        REFUSED
    }

    static SendOutcome sent(int calls) {
        return new SendOutcome(Result.SENT, calls, null);
    }

    static SendOutcome failed(int calls, String error) {
        return new SendOutcome(Result.FAILED, calls, error);
    }

    static SendOutcome notPermitted() {
        return new SendOutcome(Result.NOT_PERMITTED, 0, "circuit breaker open");
    }

    static SendOutcome refused(int calls, String error) {
        return new SendOutcome(Result.REFUSED, calls, error);
    }

    static SendOutcome gone(int calls) {
        return new SendOutcome(Result.GONE, calls, "HTTP 410 Gone");
    }
}
