package vn.tdkt.nomination.council.application;

/** A written-vote document above {@code tdkt.nomination.council.max-written-vote-size}: answered 413. */
public class WrittenVoteTooLargeException extends RuntimeException {

    private final long size;
    private final long limit;

    public WrittenVoteTooLargeException(long size, long limit) {
        super("written vote of " + size + " bytes exceeds " + limit);
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
