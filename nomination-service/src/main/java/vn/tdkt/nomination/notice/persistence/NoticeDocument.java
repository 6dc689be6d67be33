package vn.tdkt.nomination.notice.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code public_notices}: one document per public notice. */
@Document(NoticeDocument.COLLECTION)
public class NoticeDocument extends AggregateDocument {

    public static final String COLLECTION = "public_notices";
    public static final String DOSSIER = "notice.nominee.dossierId";
    public static final String UNIT = "notice.nominee.unitCode";
    public static final String STATUS = "notice.status";
    public static final String CLOSES_ON = "notice.window.closesOn";

    @Id
    private String id;

    private Notice notice;

    protected NoticeDocument() {
    }

    public NoticeDocument(Notice notice) {
        this.id = notice.id();
        this.notice = notice;
    }

    public Notice getNotice() {
        return notice;
    }
}
