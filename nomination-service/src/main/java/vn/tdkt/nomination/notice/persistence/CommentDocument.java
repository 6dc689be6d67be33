package vn.tdkt.nomination.notice.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code notice_comments}: one document per citizen's comment (comments publish no event). */
@Document(CommentDocument.COLLECTION)
public class CommentDocument extends AggregateDocument {

    public static final String COLLECTION = "notice_comments";
    public static final String NOTICE = "comment.noticeId";
    public static final String STATUS = "comment.status";

    @Id
    private String id;

    private Comment comment;

    protected CommentDocument() {
    }

    public CommentDocument(Comment comment) {
        this.id = comment.id();
        this.comment = comment;
    }

    public Comment getComment() {
        return comment;
    }
}
