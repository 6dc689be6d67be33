package vn.tdkt.notification.email.application;

/** Counts the SMTP calls one send makes through its retries (the delivery log's {@code attempts}). */
public final class AttemptCounter {

    private int value;

    void increment() {
        value++;
    }

    public int value() {
        return value;
    }
}
