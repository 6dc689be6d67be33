package vn.tdkt.nomination.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.nomination.notice.domain.CommentStatus;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/** Citizens' comments on public notices. */
@Repository
public class CommentStore extends AggregateStore<Comment, CommentDocument> {

    public CommentStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, CommentDocument.class, CommentDocument::new, Comment::id,
                "notice.comment.not-found");
        Indexes.ensure(mongo, CommentDocument.COLLECTION,
                Indexes.ascending("comment_notice_status", CommentDocument.NOTICE, CommentDocument.STATUS),
                Indexes.ascending("comment_dossier_status", CommentDocument.DOSSIER, CommentDocument.STATUS));
    }

    /** A page of a notice's comments, oldest first. */
    public List<Versioned<Comment>> page(String noticeId, CommentStatus status, PageQuery page) {
        return findAllVersioned(Query.query(criteria(noticeId, status)).with(Sort.by(Sort.Direction.ASC, "_id"))
                .skip(page.offset()).limit(page.size()));
    }

    public long count(String noticeId, CommentStatus status) {
        return count(Query.query(criteria(noticeId, status)));
    }

    /** The comments on every notice of one dossier, in {@code status}. */
    public long countForDossier(String dossierId, CommentStatus status) {
        return count(Query.query(where(CommentDocument.DOSSIER).is(dossierId).and(CommentDocument.STATUS).is(status)));
    }

    private static Criteria criteria(String noticeId, CommentStatus status) {
        Criteria criteria = where(CommentDocument.NOTICE).is(noticeId);
        return status == null ? criteria : criteria.and(CommentDocument.STATUS).is(status);
    }
}
