package vn.tdkt.notification.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;

/**
 * De-duplication of reminders (PRODUCT.md Part 4 item 3, "de-duplication of reminder types"). Two notices are
 * <b>equivalent</b> when they go to the same recipient on the same channel, are of the same kind, that kind is one
 * of the mergeable kinds (reminders: by default task-due, task-overdue, report-due, report-overdue,
 * dossier-sla-due), and they are about the same thing (the same task, report duty or dossier) — whatever else
 * differs (the due date after a change, the days left, the ladder step). A notice equivalent to one recorded within
 * the window before it is <b>merged</b> into that one:
 * <ul>
 *   <li>if the earlier one is still waiting (deferred by quiet hours, held for the digest, not yet claimed), it is
 *       sent once, with the newer text (the newest due date wins);</li>
 *   <li>if it is already sent, no second e-mail goes out; the inbox entry shows the newer text and is unread
 *       again.</li>
 * </ul>
 * Urgent kinds are never in the mergeable set by default; notices outside the window start a new series.
 */
public record MergePolicy(Duration window, Set<NoticeKind> kinds) {

    public MergePolicy {
        Objects.requireNonNull(window, "window");
        kinds = Set.copyOf(kinds);
    }

    public boolean mergeable(NoticeKind kind) {
        return kind != null && kinds.contains(kind) && !window.isZero();
    }

    /** The equivalence class of a notice, or null when its kind is not merged. */
    public String key(String recipientKey, Channel channel, NoticeKind kind, Reference reference) {
        if (!mergeable(kind)) {
            return null;
        }
        return UUID.nameUUIDFromBytes((recipientKey + "|" + channel + "|" + kind + "|" + reference.type() + ":"
                + reference.id()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
