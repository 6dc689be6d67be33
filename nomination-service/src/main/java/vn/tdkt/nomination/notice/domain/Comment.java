package vn.tdkt.nomination.notice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.nomination.PublicNoticeEvent;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.text.TextNormalizer;

/**
 * A citizen's comment on a public notice, linked to the notice and its dossier. The text is required; name and
 * contact are optional (a comment may be anonymous). Sở Nội vụ resolves it with a note, or hides it with a reason
 * (spam, abuse); a comment left unresolved blocks the decision (R-PUB-01).
 */
public final class Comment {

    private String id;
    private String noticeId;
    private String dossierId;
    private String text;
    private String authorName;
    private String contact;
    private LocalDate receivedOn;
    private Instant receivedAt;
    private CommentStatus status;
    private String note;
    private String handledBy;
    private Instant handledAt;

    private Comment() {
    }

    public static Created<Comment, PublicNoticeEvent> receive(String id, Notice notice, String text,
            String authorName, String contact, CommentLimits limits, LocalDate today, Instant now) {
        if (!notice.acceptsCommentsOn(today)) {
            throw DomainException.conflict("notice.not-accepting-comments", notice.window().opensOn(),
                    notice.window().closesOn());
        }
        Comment comment = new Comment();
        comment.id = Objects.requireNonNull(id, "id");
        comment.noticeId = notice.id();
        comment.dossierId = notice.nominee().dossierId();
        comment.text = required(text, "text", limits.textMaxLength(), true);
        comment.authorName = optional(authorName, "name", limits.nameMaxLength());
        comment.contact = optional(contact, "contact", limits.contactMaxLength());
        comment.receivedOn = today;
        comment.receivedAt = now;
        comment.status = CommentStatus.RECEIVED;
        return new Created<>(comment, List.of());
    }

    public List<PublicNoticeEvent> resolve(String resolution, String by, Instant now) {
        handle(CommentStatus.RESOLVED, resolution, "notice.comment.resolution-required", by, now);
        return List.of();
    }

    public List<PublicNoticeEvent> hide(String reason, String by, Instant now) {
        handle(CommentStatus.HIDDEN, reason, "notice.comment.hide-reason-required", by, now);
        return List.of();
    }

    private void handle(CommentStatus target, String text, String requiredCode, String by, Instant now) {
        if (status != CommentStatus.RECEIVED) {
            throw DomainException.conflict("notice.comment.handled-already", status);
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(requiredCode);
        }
        status = target;
        note = TextNormalizer.clean(text);
        handledBy = by;
        handledAt = now;
    }

    private static String required(String value, String field, int max, boolean multiLine) {
        String cleaned = value == null ? null : TextNormalizer.nfc(value).strip();
        if (cleaned == null || cleaned.isEmpty()) {
            throw DomainException.invalid("notice.comment." + field + "-required");
        }
        return checked(cleaned, field, max, multiLine);
    }

    private static String optional(String value, String field, int max) {
        String cleaned = value == null ? null : TextNormalizer.nfc(value).strip();
        return cleaned == null || cleaned.isEmpty() ? null : checked(cleaned, field, max, false);
    }

    private static String checked(String value, String field, int max, boolean multiLine) {
        if (value.codePointCount(0, value.length()) > max) {
            throw DomainException.invalid("notice.comment." + field + "-too-long", max);
        }
        if (TextNormalizer.hasControlCharacters(value, multiLine)) {
            throw DomainException.invalid("notice.comment." + field + "-invalid");
        }
        return value;
    }

    // @formatter:off
    public String id() { return id; }
    public String noticeId() { return noticeId; }
    public String dossierId() { return dossierId; }
    public String text() { return text; }
    public String authorName() { return authorName; }
    public String contact() { return contact; }
    public LocalDate receivedOn() { return receivedOn; }
    public Instant receivedAt() { return receivedAt; }
    public CommentStatus status() { return status; }
    public String note() { return note; }
    public String handledBy() { return handledBy; }
    public Instant handledAt() { return handledAt; }
    // @formatter:on
}
