package vn.tdkt.nomination.storage;

import lombok.Getter;

/**
 * An upload above its configured size limit: answered 413 and nothing stored. Each feature throws its own subclass,
 * so its controller answers with its own problem code.
 */
public abstract class ContentTooLargeException extends RuntimeException {

    @Getter
    private final long size;
    @Getter
    private final long limit;

    protected ContentTooLargeException(String message, long size, long limit) {
        super(message);
        this.size = size;
        this.limit = limit;
    }
}
