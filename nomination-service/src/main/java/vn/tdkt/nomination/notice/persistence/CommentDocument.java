package vn.tdkt.nomination.notice.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code notice_comments}: one document per citizen's comment (comments publish no event). */
@Document(CommentDocument.COLLECTION)
public class CommentDocument extends AggregateDocument<Comment> {

    public static final String COLLECTION = "notice_comments";
    static final String NOTICE = path("noticeId");
    static final String DOSSIER = path("dossierId");
    static final String STATUS = path("status");
}
