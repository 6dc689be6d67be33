package vn.tdkt.nomination.lawdata;

/** A data file of the law is missing, malformed or contradicts itself; the message names the file and field. */
public class LawDataException extends RuntimeException {

    public LawDataException(String message) {
        super(message);
    }

    public LawDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
