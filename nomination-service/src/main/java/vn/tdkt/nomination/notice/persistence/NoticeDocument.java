package vn.tdkt.nomination.notice.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code public_notices}: one document per public notice. */
@Document(NoticeDocument.COLLECTION)
public class NoticeDocument extends AggregateDocument<Notice> {

    public static final String COLLECTION = "public_notices";
    static final String DOSSIER = path("nominee.dossierId");
    static final String UNIT = path("nominee.unitCode");
    static final String STATUS = path("status");
    static final String CLOSES_ON = path("window.closesOn");
}
