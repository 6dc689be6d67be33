package vn.tdkt.nomination.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.nomination.NoticeClosed;
import vn.tdkt.contracts.nomination.NoticeOpened;
import vn.tdkt.contracts.nomination.PublicNoticeEvent;
import vn.tdkt.contracts.nomination.NoticeRef;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * A public notice (công khai, lấy ý kiến Nhân dân, R-PUB-01): a nominee of an award the catalogue publishes for comment
 * is shown on a public page for a window of working days (NĐ 152/2025 Điều 44 k2; NĐ 98/2023 Điều 46 k1). Citizens'
 * comments are kept apart ({@link Comment}); the notice closes once, when its window has ended, with the count of
 * comments and of those still unresolved.
 */
public final class Notice {

    private String id;
    private Nominee nominee;
    private NoticeWindow window;
    private NoticeStatus status;
    private String publicUrl;
    private String openedBy;
    private Instant openedAt;
    private LocalDate closedOn;
    private int commentsAtClose;
    private int unresolvedAtClose;

    private Notice() {
    }

    public static Created<Notice, PublicNoticeEvent> open(String id, Nominee nominee, NoticeWindow window,
            String publicUrl, String by, Instant now) {
        Notice notice = new Notice();
        notice.id = Objects.requireNonNull(id, "id");
        notice.nominee = Objects.requireNonNull(nominee, "nominee");
        notice.window = Objects.requireNonNull(window, "window");
        notice.status = NoticeStatus.OPEN;
        notice.publicUrl = publicUrl;
        notice.openedBy = by;
        notice.openedAt = now;
        return new Created<>(notice, List.of(new NoticeOpened(notice.ref(), window.opensOn(), window.closesOn(),
                publicUrl)));
    }

    /** Whether a comment received on {@code day} is taken: the notice is open and the day within its window. */
    public boolean acceptsCommentsOn(LocalDate day) {
        return status == NoticeStatus.OPEN && window.contains(day);
    }

    /** Whether the window has ended by {@code today} and the notice is still to be closed. */
    public boolean dueToCloseOn(LocalDate today) {
        return status == NoticeStatus.OPEN && today.isAfter(window.closesOn());
    }

    /** Closes the notice after its window, with its comments counted. */
    public List<PublicNoticeEvent> close(LocalDate today, int comments, int unresolved) {
        if (status != NoticeStatus.OPEN) {
            throw DomainException.conflict("notice.closed-already", id);
        }
        if (!today.isAfter(window.closesOn())) {
            throw DomainException.conflict("notice.window-not-ended", window.closesOn());
        }
        status = NoticeStatus.CLOSED;
        closedOn = window.closesOn();
        commentsAtClose = comments;
        unresolvedAtClose = unresolved;
        return List.of(new NoticeClosed(ref(), closedOn, comments, unresolved));
    }

    /** Which notice, showing whom: the header both of its events carry, built here once. */
    public NoticeRef ref() {
        return new NoticeRef(id, nominee.dossierId(), nominee.unitCode(), nominee.subjectName(), nominee.awardCode());
    }

    // @formatter:off
    public String id() { return id; }
    public Nominee nominee() { return nominee; }
    public NoticeWindow window() { return window; }
    public NoticeStatus status() { return status; }
    public String publicUrl() { return publicUrl; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public LocalDate closedOn() { return closedOn; }
    public int commentsAtClose() { return commentsAtClose; }
    public int unresolvedAtClose() { return unresolvedAtClose; }
    // @formatter:on
}
