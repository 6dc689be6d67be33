package vn.tdkt.notification.email.application;

/** What one send (with its retries) came to: sent, or failed with the last error. */
public record SendOutcome(boolean sent, int attempts, String error) {

    static SendOutcome sent(int attempts) {
        return new SendOutcome(true, attempts, null);
    }

    static SendOutcome failed(int attempts, String error) {
        return new SendOutcome(false, attempts, error);
    }
}
