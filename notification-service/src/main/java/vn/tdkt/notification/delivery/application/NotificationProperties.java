package vn.tdkt.notification.delivery.application;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;

/**
 * {@code tdkt.notification.*}: how notices are delivered.
 *
 * @param urgentKinds kinds that bypass quiet hours and the daily digest (and are never merged)
 */
@ConfigurationProperties("tdkt.notification")
public record NotificationProperties(List<NoticeKind> urgentKinds, QuietHours quietHours, Merge merge,
        Digest digest, Dispatch dispatch, Email email) {

    public NotificationProperties {
        urgentKinds = urgentKinds == null
                ? List.of(NoticeKind.DOSSIER_SLA_BREACHED, NoticeKind.ESCALATION_HEAD, NoticeKind.ESCALATION_PARENT,
                        NoticeKind.WEBHOOK_DISABLED)
                : List.copyOf(urgentKinds);
        quietHours = quietHours == null ? new QuietHours(null, null, null) : quietHours;
        merge = merge == null ? new Merge(null, null) : merge;
        digest = digest == null ? new Digest(null, null, null) : digest;
        dispatch = dispatch == null ? new Dispatch(null, null, null, null, null, null, null, null, null) : dispatch;
        email = email == null ? new Email(null, null, null) : email;
    }

    /** Default 22:00–06:30 in the province's zone, for e-mail and webhooks. */
    public record QuietHours(LocalTime start, LocalTime end, Set<Channel> channels) {
        public QuietHours {
            start = start == null ? LocalTime.of(22, 0) : start;
            end = end == null ? LocalTime.of(6, 30) : end;
            channels = channels == null ? Set.of(Channel.EMAIL, Channel.WEBHOOK) : Set.copyOf(channels);
        }
    }

    /** De-duplication: equivalent notices of these kinds within the window are merged (see MergePolicy). */
    public record Merge(Duration window, Set<NoticeKind> kinds) {
        public Merge {
            window = window == null ? Duration.ofHours(24) : window;
            kinds = kinds == null ? Set.of(NoticeKind.TASK_DUE, NoticeKind.TASK_OVERDUE, NoticeKind.REPORT_DUE,
                    NoticeKind.REPORT_OVERDUE, NoticeKind.DOSSIER_SLA_DUE) : Set.copyOf(kinds);
        }
    }

    /** The daily digest goes out at {@code sendAt}; {@code enabled=false} stops its job (tests drive it). */
    public record Digest(LocalTime sendAt, Boolean enabled, Duration pollInterval) {
        public Digest {
            sendAt = sendAt == null ? LocalTime.of(16, 30) : sendAt;
            enabled = enabled == null || enabled;
            pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
        }
    }

    /**
     * The dispatcher.
     *
     * @param enabled      false stops its poll and kicks (tests call it)
     * @param lease        how long a claimed delivery is reserved for its sender
     * @param firstRetry   the wait after a first failed round; then times {@code multiplier} up to {@code maxRetry}
     * @param maxRounds    failed rounds after which a delivery is given up (FAILED; replay sends it again)
     * @param breakerPause how long a delivery waits when its circuit breaker is open (no call is made)
     */
    public record Dispatch(Boolean enabled, Duration interval, Integer batchSize, Duration lease, Duration firstRetry,
            Double multiplier, Duration maxRetry, Integer maxRounds, Duration breakerPause) {
        public Dispatch {
            enabled = enabled == null || enabled;
            interval = interval == null ? Duration.ofSeconds(2) : interval;
            batchSize = batchSize == null ? 50 : batchSize;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
            multiplier = multiplier == null ? 2.0 : multiplier;
            maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
            maxRounds = maxRounds == null ? 12 : maxRounds;
            breakerPause = breakerPause == null ? Duration.ofSeconds(30) : breakerPause;
        }
    }

    /**
     * @param enabled         false records e-mails as SKIPPED (the inbox still works)
     * @param messageIdDomain the right-hand side of the deterministic {@code Message-ID <delivery id@domain>}
     */
    public record Email(Boolean enabled, String from, String messageIdDomain) {
        public Email {
            enabled = enabled == null || enabled;
            from = from == null || from.isBlank() ? "tdkt-noreply@sonla.gov.vn" : from;
            messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank() ? "tdkt.sonla.gov.vn"
                    : messageIdDomain;
        }
    }
}
