package vn.tdkt.nomination.dossier.application;

import vn.tdkt.nomination.storage.ContentTooLargeException;

/** A document over {@code tdkt.nomination.dossier.max-document-size}: answered 413, nothing stored. */
public class DocumentTooLargeException extends ContentTooLargeException {

    public DocumentTooLargeException(long size, long limit) {
        super("document of " + size + " bytes exceeds the limit of " + limit, size, limit);
    }
}
