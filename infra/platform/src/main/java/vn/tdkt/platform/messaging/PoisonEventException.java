package vn.tdkt.platform.messaging;

/**
 * An inbound record that can never be processed (no payload, unparseable JSON, missing CloudEvents
 * attributes, payload failing its contract). Not retried: it goes straight to the dead-letter topic so it
 * does not block its partition.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
