package vn.tdkt.nomination.dossier.application;

/** A document over {@code tdkt.nomination.dossier.max-document-size}: answered 413, nothing stored. */
public class DocumentTooLargeException extends RuntimeException {

    private final long size;
    private final long limit;

    public DocumentTooLargeException(long size, long limit) {
        super("document of " + size + " bytes exceeds the limit of " + limit);
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
