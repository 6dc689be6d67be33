package vn.tdkt.nomination.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.notice.domain.Comment;
import vn.tdkt.nomination.notice.domain.CommentStatus;
import vn.tdkt.nomination.notice.domain.Notice;
import vn.tdkt.nomination.notice.domain.NoticeStatus;

/** What the public notice API answers. */
public final class NoticeViews {

    private NoticeViews() {
    }

    public record NoticeView(String id, String dossierId, String unitCode, String unitName, SubjectType subjectType,
            String subjectName, String position, String awardCode, String awardName, String achievementSummary,
            LocalDate opensOn, LocalDate closesOn, int workingDays, NoticeStatus status, String statusLabel,
            String publicUrl, String openedBy, Instant openedAt, LocalDate closedOn, Integer comments,
            Integer unresolvedComments) {

        static NoticeView of(Notice n) {
            boolean closed = n.status() == NoticeStatus.CLOSED;
            return new NoticeView(n.id(), n.nominee().dossierId(), n.nominee().unitCode(), n.nominee().unitName(),
                    n.nominee().subjectType(), n.nominee().subjectName(), n.nominee().position(),
                    n.nominee().awardCode(), n.nominee().awardName(), n.nominee().achievementSummary(),
                    n.window().opensOn(), n.window().closesOn(), n.window().workingDays(), n.status(),
                    n.status().label(), n.publicUrl(), n.openedBy(), n.openedAt(), n.closedOn(),
                    closed ? n.commentsAtClose() : null, closed ? n.unresolvedAtClose() : null);
        }
    }

    public record CommentView(String id, String noticeId, String dossierId, String text, String authorName,
            String contact, LocalDate receivedOn, Instant receivedAt, CommentStatus status, String statusLabel,
            String note, String handledBy, Instant handledAt) {

        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.noticeId(), c.dossierId(), c.text(), c.authorName(), c.contact(),
                    c.receivedOn(), c.receivedAt(), c.status(), c.status().label(), c.note(), c.handledBy(),
                    c.handledAt());
        }
    }
}
