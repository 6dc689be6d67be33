package vn.tdkt.nomination.council.application;

import vn.tdkt.nomination.storage.ContentTooLargeException;

/** A written-vote document above {@code tdkt.nomination.council.max-written-vote-size}: answered 413. */
public class WrittenVoteTooLargeException extends ContentTooLargeException {

    public WrittenVoteTooLargeException(long size, long limit) {
        super("written vote of " + size + " bytes exceeds " + limit, size, limit);
    }
}
