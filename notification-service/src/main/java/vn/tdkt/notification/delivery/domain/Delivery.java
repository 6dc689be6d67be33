package vn.tdkt.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.contracts.notification.NotificationEvent;
import vn.tdkt.contracts.notification.NotificationFailed;
import vn.tdkt.contracts.notification.NotificationRef;
import vn.tdkt.contracts.notification.NotificationSent;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.Language;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.notification.notice.domain.Reference;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;

/**
 * One delivery: a notice to one recipient on one channel, or one event to one webhook subscription; the delivery
 * log's entry and the aggregate that publishes {@code notification-sent} / {@code notification-failed}.
 *
 * <pre>
 *   PENDING ──claim──▶ (claimed: notBefore = lease end) ──sent──▶ SENT ──replay──▶ PENDING
 *      ▲                        │ failed, rounds left                    FAILED ──replay──▶ PENDING
 *      └───────── PENDING ◀─────┘ failed, no rounds left ──▶ FAILED
 *   HELD ──digested──▶ DIGESTED     (new) ──▶ MERGED | SKIPPED | SENT (inbox)
 * </pre>
 *
 * A claim is a lease: the claiming instance moves {@code notBefore} to the lease's end, so no other instance picks
 * the delivery up while it is being sent, and one whose sender died is picked up again when the lease runs out.
 */
public class Delivery {

    private static final int HISTORY = 20;

    private String id;
    private Channel channel;
    private DeliveryStatus status;
    private NoticeKind kind;
    private String sourceEventId;
    private String sourceEventType;
    private String recipientKey;
    private String unitCode;
    private String address;
    private String subscriptionId;
    private Language language;
    private boolean urgent;
    private Reference reference;
    private String mergeKey;
    private String subject;
    private String body;
    private String mergedInto;
    private int mergedCount;
    private LocalDate digestDay;
    private String digestId;
    private List<String> digestItems = new ArrayList<>();
    private Instant createdAt;
    private Instant notBefore;
    private String claimedBy;
    private Instant sentAt;
    private Instant updatedAt;
    private int attempts;
    private int rounds;
    private String lastError;
    private List<Attempt> history = new ArrayList<>();

    private Delivery() {
    }

    private static Delivery of(DeliveryDraft draft, DeliveryStatus status) {
        Delivery delivery = new Delivery();
        delivery.id = draft.id();
        delivery.channel = draft.channel();
        delivery.status = status;
        delivery.kind = draft.kind();
        delivery.sourceEventId = draft.sourceEventId();
        delivery.sourceEventType = draft.sourceEventType();
        delivery.recipientKey = draft.recipientKey();
        delivery.unitCode = draft.unitCode();
        delivery.address = draft.address();
        delivery.subscriptionId = draft.subscriptionId();
        delivery.language = draft.language();
        delivery.urgent = draft.urgent();
        delivery.reference = draft.reference();
        delivery.mergeKey = draft.mergeKey();
        delivery.subject = draft.subject();
        delivery.body = draft.body();
        delivery.createdAt = draft.createdAt();
        delivery.updatedAt = draft.createdAt();
        return delivery;
    }

    /** An inbox entry: written by the consumer itself (a database write, no network), so it is sent at once. */
    public static Created<Delivery, NotificationEvent> inboxWritten(DeliveryDraft draft) {
        Delivery delivery = of(draft, DeliveryStatus.SENT);
        delivery.sentAt = draft.createdAt();
        delivery.attempts = 1;
        delivery.note(draft.createdAt(), "SENT", "inbox");
        return new Created<>(delivery, List.of(delivery.sentEvent(draft.createdAt())));
    }

    /** Waits for the dispatcher, not before {@code notBefore} (the end of quiet hours, or now). */
    public static Created<Delivery, NotificationEvent> pending(DeliveryDraft draft, Instant notBefore) {
        Delivery delivery = of(draft, DeliveryStatus.PENDING);
        delivery.notBefore = notBefore;
        if (notBefore.isAfter(draft.createdAt())) {
            delivery.note(draft.createdAt(), "DEFERRED", "quiet hours until " + notBefore);
        }
        return new Created<>(delivery, List.of());
    }

    /** Held for the recipient's daily digest of {@code day}. */
    public static Created<Delivery, NotificationEvent> held(DeliveryDraft draft, LocalDate day) {
        Delivery delivery = of(draft, DeliveryStatus.HELD);
        delivery.digestDay = day;
        return new Created<>(delivery, List.of());
    }

    /** Equivalent to {@code into}, recorded within the merge window: not sent on its own. */
    public static Created<Delivery, NotificationEvent> merged(DeliveryDraft draft, String into) {
        Delivery delivery = of(draft, DeliveryStatus.MERGED);
        delivery.mergedInto = into;
        delivery.note(draft.createdAt(), "MERGED", into);
        return new Created<>(delivery, List.of());
    }

    /** Nowhere to send it (the registry knows no address): logged, and reported as failed for good. */
    public static Created<Delivery, NotificationEvent> skipped(DeliveryDraft draft, String reason) {
        Delivery delivery = of(draft, DeliveryStatus.SKIPPED);
        delivery.lastError = reason;
        delivery.note(draft.createdAt(), "SKIPPED", reason);
        return new Created<>(delivery, List.of(delivery.failedEvent(draft.createdAt(), reason, false)));
    }

    /** A daily digest e-mail, listing the held deliveries it replaces. */
    public static Created<Delivery, NotificationEvent> digest(DeliveryDraft draft, List<String> items,
            Instant notBefore) {
        Delivery delivery = pending(draft, notBefore).aggregate();
        delivery.digestItems = new ArrayList<>(items);
        return new Created<>(delivery, List.of());
    }

    /** Takes the delivery for sending until {@code now + lease}. */
    public List<NotificationEvent> claim(String worker, Instant now, Duration lease) {
        if (!isDue(now)) {
            throw DomainException.conflict("delivery.not-claimable", id, status.name());
        }
        claimedBy = worker;
        notBefore = now.plus(lease);
        updatedAt = now;
        return List.of();
    }

    public List<NotificationEvent> sent(int callAttempts, Instant now) {
        if (status == DeliveryStatus.SENT) {
            return List.of();
        }
        status = DeliveryStatus.SENT;
        attempts += callAttempts;
        sentAt = now;
        lastError = null;
        claimedBy = null;
        notBefore = null;
        updatedAt = now;
        note(now, "SENT", callAttempts + " attempt(s)");
        return List.of(sentEvent(now));
    }

    /**
     * A failed round: tried again at {@code retryAt}, or given up (FAILED) when it is null.
     */
    public List<NotificationEvent> failed(int callAttempts, String error, Instant now, Instant retryAt) {
        if (status != DeliveryStatus.PENDING) {
            return List.of();
        }
        String reason = error == null || error.isBlank() ? "unknown error" : truncate(error);
        attempts += callAttempts;
        rounds++;
        lastError = reason;
        claimedBy = null;
        updatedAt = now;
        if (retryAt != null) {
            notBefore = retryAt;
            note(now, "FAILED", reason + "; retry at " + retryAt);
            return List.of(failedEvent(now, reason, true));
        }
        status = DeliveryStatus.FAILED;
        notBefore = null;
        note(now, "GAVE_UP", reason);
        return List.of(failedEvent(now, reason, false));
    }

    /** Not tried now (quiet hours, an open circuit breaker): waits until {@code until}; no attempt is counted. */
    public List<NotificationEvent> defer(Instant until, String reason, Instant now) {
        if (status != DeliveryStatus.PENDING) {
            return List.of();
        }
        claimedBy = null;
        notBefore = until;
        updatedAt = now;
        note(now, "DEFERRED", reason + " until " + until);
        return List.of();
    }

    /** Given up without a try (its webhook subscription was disabled or deleted). */
    public List<NotificationEvent> abandon(String reason, Instant now) {
        if (status != DeliveryStatus.PENDING) {
            return List.of();
        }
        status = DeliveryStatus.FAILED;
        lastError = reason;
        claimedBy = null;
        notBefore = null;
        updatedAt = now;
        note(now, "ABANDONED", reason);
        return List.of(failedEvent(now, reason, false));
    }

    /** An equivalent notice arrived while this one waits: it goes out once, with the newer text. */
    public List<NotificationEvent> absorb(String newSubject, String newBody, String mergedDeliveryId, Instant now) {
        if (!isWaiting(now)) {
            throw DomainException.conflict("delivery.not-waiting", id, status.name());
        }
        subject = newSubject;
        body = newBody;
        mergedCount++;
        updatedAt = now;
        note(now, "ABSORBED", mergedDeliveryId);
        return List.of();
    }

    public List<NotificationEvent> digested(String digest, Instant now) {
        if (status != DeliveryStatus.HELD) {
            return List.of();
        }
        status = DeliveryStatus.DIGESTED;
        digestId = digest;
        updatedAt = now;
        note(now, "DIGESTED", digest);
        return List.of();
    }

    /** Held after its day's digest was composed: it waits for the next one. */
    public List<NotificationEvent> postponeDigest(LocalDate day, Instant now) {
        if (status == DeliveryStatus.HELD) {
            digestDay = day;
            updatedAt = now;
        }
        return List.of();
    }

    /** Sends a sent or failed e-mail or webhook again, as the same message (same Message-ID / webhook-id). */
    public List<NotificationEvent> replay(String by, Instant now) {
        if (channel == Channel.INBOX || (status != DeliveryStatus.SENT && status != DeliveryStatus.FAILED)) {
            throw DomainException.conflict("delivery.not-replayable", id, status.name());
        }
        status = DeliveryStatus.PENDING;
        rounds = 0;
        notBefore = now;
        claimedBy = null;
        updatedAt = now;
        note(now, "REPLAY", by);
        return List.of();
    }

    /** Waiting and nobody is sending it: its text may still change. */
    public boolean isWaiting(Instant now) {
        return status == DeliveryStatus.HELD || (status == DeliveryStatus.PENDING && claimedBy == null);
    }

    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && notBefore != null && !notBefore.isAfter(now);
    }

    private NotificationSent sentEvent(Instant now) {
        return new NotificationSent(ref(), now, Math.max(1, attempts));
    }

    private NotificationFailed failedEvent(Instant now, String error, boolean willRetry) {
        return new NotificationFailed(ref(), now, attempts, error, willRetry);
    }

    /** What both delivery events repeat: which delivery, of which event, on which channel, to whom. */
    private NotificationRef ref() {
        return new NotificationRef(id, sourceEventId, sourceEventType, channel.name(), recipientForEvents(), unitCode);
    }

    /** The contract's recipient: the unit code (inbox), the address (e-mail), the subscription id (webhook). */
    private String recipientForEvents() {
        return switch (channel) {
            case INBOX -> unitCode != null ? unitCode : recipientKey;
            case EMAIL -> address != null ? address : recipientKey;
            case WEBHOOK -> subscriptionId != null ? subscriptionId : recipientKey;
        };
    }

    private void note(Instant at, String outcome, String detail) {
        history.add(new Attempt(at, outcome, detail == null ? null : truncate(detail)));
        if (history.size() > HISTORY) {
            history = new ArrayList<>(history.subList(history.size() - HISTORY, history.size()));
        }
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    public String id() { return id; }
    public Channel channel() { return channel; }
    public DeliveryStatus status() { return status; }
    public NoticeKind kind() { return kind; }
    public String sourceEventId() { return sourceEventId; }
    public String sourceEventType() { return sourceEventType; }
    public String recipientKey() { return recipientKey; }
    public String unitCode() { return unitCode; }
    public String address() { return address; }
    public String subscriptionId() { return subscriptionId; }
    public Language language() { return language; }
    public boolean urgent() { return urgent; }
    public Reference reference() { return reference; }
    public String mergeKey() { return mergeKey; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String mergedInto() { return mergedInto; }
    public int mergedCount() { return mergedCount; }
    public LocalDate digestDay() { return digestDay; }
    public String digestId() { return digestId; }
    public List<String> digestItems() { return digestItems == null ? List.of() : List.copyOf(digestItems); }
    public Instant createdAt() { return createdAt; }
    public Instant notBefore() { return notBefore; }
    public String claimedBy() { return claimedBy; }
    public Instant sentAt() { return sentAt; }
    public Instant updatedAt() { return updatedAt; }
    public int attempts() { return attempts; }
    public int rounds() { return rounds; }
    public String lastError() { return lastError; }
    public List<Attempt> history() { return history == null ? List.of() : List.copyOf(history); }
}
