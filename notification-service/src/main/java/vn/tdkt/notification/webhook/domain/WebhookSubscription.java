package vn.tdkt.notification.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.DomainException;

/**
 * A webhook subscription: deliveries of the named event types to a URL, signed with the subscription's secret. A
 * subscription that keeps failing is disabled after the configured number of consecutive failed rounds (each round
 * is one delivery attempt with its retries); any success resets the count.
 */
public class WebhookSubscription {

    /** Why a subscription from the registry waits: its owner has not taken its secret yet. */
    static final String AWAITING_SECRET = "AWAITING_SECRET";
    /** The owner took the secret: the subscription may be enabled. */
    static final String SECRET_TAKEN = "SECRET_TAKEN";

    private String id;
    private String ownerUnit;
    private SubscriptionAudience audience;
    private String url;
    private Set<String> eventTypes = new TreeSet<>();
    private String description;
    private String secret;
    private SubscriptionStatus status;
    private String disabledReason;
    private Instant disabledAt;
    private int consecutiveFailures;
    private int timesDisabled;
    private SubscriptionOrigin origin;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    private WebhookSubscription() {
    }

    public static WebhookSubscription create(String id, String ownerUnit, SubscriptionAudience audience, String url,
            Set<String> eventTypes, String description, String secret, SubscriptionOrigin origin, String by,
            Instant now) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Objects.requireNonNull(id, "id");
        subscription.ownerUnit = Objects.requireNonNull(ownerUnit, "ownerUnit");
        subscription.audience = Objects.requireNonNull(audience, "audience");
        subscription.url = Objects.requireNonNull(url, "url");
        subscription.eventTypes = new TreeSet<>(eventTypes);
        subscription.description = description;
        subscription.secret = Objects.requireNonNull(secret, "secret");
        subscription.origin = origin;
        subscription.createdAt = now;
        subscription.createdBy = by;
        subscription.updatedAt = now;
        if (origin == SubscriptionOrigin.REGISTRY) {
            subscription.status = SubscriptionStatus.DISABLED;
            subscription.disabledReason = AWAITING_SECRET;
            subscription.disabledAt = now;
        } else {
            subscription.status = SubscriptionStatus.ACTIVE;
        }
        return subscription;
    }

    public List<EventPayload> change(String newUrl, Set<String> newEventTypes, String newDescription, Instant now) {
        url = Objects.requireNonNull(newUrl, "url");
        eventTypes = new TreeSet<>(newEventTypes);
        description = newDescription;
        updatedAt = now;
        return List.of();
    }

    public List<EventPayload> rotateSecret(String newSecret, Instant now) {
        secret = Objects.requireNonNull(newSecret, "secret");
        if (AWAITING_SECRET.equals(disabledReason)) {
            disabledReason = SECRET_TAKEN;
        }
        updatedAt = now;
        return List.of();
    }

    /**
     * Enables the subscription. One created from the registry waits until its owner took a secret: enabled before,
     * it would sign with a secret nobody was shown, every delivery would fail the receiver's check and the
     * subscription would disable itself after its rounds of retries.
     */
    public List<EventPayload> enable(Instant now) {
        if (AWAITING_SECRET.equals(disabledReason)) {
            throw DomainException.conflict("webhook.secret-not-taken", id);
        }
        status = SubscriptionStatus.ACTIVE;
        disabledReason = null;
        disabledAt = null;
        consecutiveFailures = 0;
        updatedAt = now;
        return List.of();
    }

    public List<EventPayload> disable(String reason, Instant now) {
        if (status != SubscriptionStatus.DISABLED) {
            status = SubscriptionStatus.DISABLED;
            disabledReason = reason;
            disabledAt = now;
            timesDisabled++;
            updatedAt = now;
        }
        return List.of();
    }

    /** One failed delivery round; disables the subscription when it reaches {@code disableAfter} in a row. */
    public List<EventPayload> recordFailure(int disableAfter, String error, Instant now) {
        if (status == SubscriptionStatus.ACTIVE) {
            consecutiveFailures++;
            if (consecutiveFailures >= disableAfter) {
                disable("CONSECUTIVE_FAILURES: " + error, now);
            }
        }
        return List.of();
    }

    public List<EventPayload> recordSuccess() {
        consecutiveFailures = 0;
        return List.of();
    }

    /** Whether an event of this type, concerning these units, goes to this subscription. */
    public boolean receives(String eventTypeName, Set<String> concernedUnits) {
        return status == SubscriptionStatus.ACTIVE && eventTypes.contains(eventTypeName)
                && (audience == SubscriptionAudience.PROVINCE || concernedUnits.contains(ownerUnit));
    }

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    public String id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public SubscriptionAudience audience() { return audience; }
    public String url() { return url; }
    public Set<String> eventTypes() { return Set.copyOf(eventTypes); }
    public String description() { return description; }
    public String secret() { return secret; }
    public SubscriptionStatus status() { return status; }
    public String disabledReason() { return disabledReason; }
    public Instant disabledAt() { return disabledAt; }
    public int consecutiveFailures() { return consecutiveFailures; }
    public int timesDisabled() { return timesDisabled; }
    public SubscriptionOrigin origin() { return origin; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
}
