package vn.tdkt.notification.webhook.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.webhook.domain.ForwardedEvents;
import vn.tdkt.notification.webhook.domain.SubscriptionAudience;
import vn.tdkt.notification.webhook.domain.SubscriptionOrigin;
import vn.tdkt.notification.webhook.domain.WebhookSignature;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.notification.webhook.persistence.SubscriptionStore;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.Ids;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.security.TdktRole;
import vn.tdkt.platform.security.UnitScope;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.RequiredArgsConstructor;

/**
 * Webhook subscriptions. A unit's officers manage their unit's subscriptions (events concerning the unit); Sở Nội vụ
 * officers and administrators manage any, and alone may subscribe an outside system to every event of a type
 * (audience PROVINCE). Another unit's subscription answers 404. The secret is shown once: on creation and on
 * rotation.
 */
@Service
@RequiredArgsConstructor
public class WebhookService {

    /** Retries of a version-guarded counter update that lost a race with another delivery of the same subscription. */
    private static final int COUNTER_ATTEMPTS = 5;

    private final SubscriptionStore store;
    private final WebhookProperties properties;
    private final WebhookAddresses addresses;
    private final Clock clock;

    /** A subscription and its secret, which the caller sees only now. */
    public record WithSecret(Versioned<WebhookSubscription> subscription, String secret) {
    }

    public WithSecret create(TdktPrincipal caller, String unit, SubscriptionAudience audience, String url,
            List<String> eventTypes, String description) {
        requireRole(caller);
        SubscriptionAudience chosen = audience == null ? SubscriptionAudience.UNIT : audience;
        boolean provinceWide = caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN);
        if (chosen == SubscriptionAudience.PROVINCE && !provinceWide) {
            throw DomainException.forbidden("webhook.province-audience");
        }
        String owner = unit == null || unit.isBlank() ? caller.unitCode() : unit.trim();
        if (owner == null || (!provinceWide && !owner.equals(caller.unitCode()))) {
            throw DomainException.notFound("webhook.unit-not-found", owner);
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = WebhookSubscription.create(Ids.newId(clock), owner, chosen, checkedUrl(url),
                checkedTypes(eventTypes), description, secret, SubscriptionOrigin.API, caller.subject(),
                clock.instant());
        return new WithSecret(store.insert(subscription, List.of()), secret);
    }

    public PageResponse<Versioned<WebhookSubscription>> list(TdktPrincipal caller, String unit, PageQuery page) {
        requireRole(caller);
        String owner = UnitScope.of(caller, unit, TdktRole.SNV_OR_ADMIN).unitOrNotFound("webhook.unit-not-found");
        return PageResponse.of(store.page(owner, page.offset(), page.size()), page, store.countOf(owner));
    }

    public Versioned<WebhookSubscription> get(TdktPrincipal caller, String id) {
        requireRole(caller);
        return visible(caller, id);
    }

    public Versioned<WebhookSubscription> change(TdktPrincipal caller, String id, VersionPrecondition expected,
            String url, List<String> eventTypes, String description) {
        requireRole(caller);
        visible(caller, id);
        String checkedUrl = checkedUrl(url);
        Set<String> types = checkedTypes(eventTypes);
        return store.update(id, expected, s -> s.change(checkedUrl, types, description, clock.instant()));
    }

    public void delete(TdktPrincipal caller, String id, VersionPrecondition expected) {
        requireRole(caller);
        Versioned<WebhookSubscription> subscription = visible(caller, id);
        expected.check(subscription.version());
        store.delete(id);
    }

    public WithSecret rotateSecret(TdktPrincipal caller, String id) {
        requireRole(caller);
        visible(caller, id);
        String secret = WebhookSignature.newSecret();
        return new WithSecret(store.update(id, VersionPrecondition.none(), s -> s.rotateSecret(secret, clock.instant())),
                secret);
    }

    public Versioned<WebhookSubscription> enable(TdktPrincipal caller, String id) {
        requireRole(caller);
        visible(caller, id);
        return store.update(id, VersionPrecondition.none(), s -> s.enable(clock.instant()));
    }

    /** For recording deliveries: active subscriptions that receive an event of this type concerning these units. */
    public List<WebhookSubscription> receiving(String eventTypeName, Set<String> concernedUnits) {
        return store.activeFor(eventTypeName).stream()
                .filter(subscription -> subscription.receives(eventTypeName, concernedUnits))
                .toList();
    }

    public Optional<WebhookSubscription> find(String id) {
        return store.find(id).map(Versioned::value);
    }

    /** A successful delivery round: the failure count starts again. */
    public void recordSuccess(String id) {
        updateCounter(id, WebhookSubscription::recordSuccess);
    }

    /** @return the subscription if this failed round disabled it (its owner must be told) */
    public Optional<WebhookSubscription> recordFailure(String id, String error) {
        Optional<Versioned<WebhookSubscription>> before = store.find(id);
        if (before.isEmpty() || !before.get().value().isActive()) {
            return Optional.empty();
        }
        WebhookSubscription after = updateCounter(id,
                s -> s.recordFailure(properties.disableAfter(), error, clock.instant()));
        return after != null && !after.isActive() ? Optional.of(after) : Optional.empty();
    }

    /** Disables a subscription whose receiver answered 410 Gone (Standard Webhooks: stop sending). */
    public Optional<WebhookSubscription> disableGone(String id) {
        Optional<Versioned<WebhookSubscription>> before = store.find(id);
        if (before.isEmpty() || !before.get().value().isActive()) {
            return Optional.empty();
        }
        WebhookSubscription after = updateCounter(id, s -> s.disable("GONE: HTTP 410", clock.instant()));
        return Optional.ofNullable(after);
    }

    /**
     * The unit registry names a webhook URL for the unit's own system: a subscription {@code registry-<unit>} to every
     * event concerning the unit, created disabled (nobody has its secret yet); a new URL moves it; no URL disables it.
     */
    public void followRegistry(String unitCode, String url) {
        String id = "registry-" + unitCode;
        Optional<Versioned<WebhookSubscription>> existing = store.find(id);
        if (url == null || url.isBlank()) {
            existing.filter(s -> s.value().isActive()).ifPresent(s ->
                    store.update(id, VersionPrecondition.none(), sub -> sub.disable("REGISTRY_REMOVED",
                            clock.instant())));
            return;
        }
        if (existing.isEmpty()) {
            try {
                store.insert(WebhookSubscription.create(id, unitCode, SubscriptionAudience.UNIT, url,
                        new LinkedHashSet<>(ForwardedEvents.names()), "Theo danh mục đơn vị (plan-service)",
                        WebhookSignature.newSecret(), SubscriptionOrigin.REGISTRY, "registry", clock.instant()),
                        List.of());
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // another instance followed the same registry event
            }
        } else if (!existing.get().value().url().equals(url)) {
            WebhookSubscription current = existing.get().value();
            store.update(id, VersionPrecondition.none(), s -> s.change(url, current.eventTypes(),
                    current.description(), clock.instant()));
        }
    }

    private WebhookSubscription updateCounter(String id,
            java.util.function.Function<WebhookSubscription, List<vn.tdkt.contracts.EventPayload>> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.update(id, VersionPrecondition.none(), command::apply).value();
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= COUNTER_ATTEMPTS) {
                    throw raced;
                }
            } catch (DomainException gone) {
                return null;
            }
        }
    }

    private Versioned<WebhookSubscription> visible(TdktPrincipal caller, String id) {
        return store.get(id, subscription -> caller.hasAnyRole(TdktRole.SNV_OFFICER, TdktRole.ADMIN)
                || subscription.ownerUnit().equals(caller.unitCode()));
    }

    private String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid("webhook.url-missing");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeAllowed = scheme.equals("https") || (scheme.equals("http") && properties.allowHttp());
            if (!uri.isAbsolute() || uri.getHost() == null || !schemeAllowed || url.length() > 2000) {
                throw DomainException.invalid("webhook.url-invalid", url);
            }
            addresses.refusedLiteral(uri).ifPresent(address -> {
                throw DomainException.invalid("webhook.url-inside-network", url, address);
            });
            return uri.toString();
        } catch (URISyntaxException e) {
            throw DomainException.invalid("webhook.url-invalid", url);
        }
    }

    private static Set<String> checkedTypes(List<String> eventTypes) {
        if (eventTypes == null || eventTypes.isEmpty()) {
            throw DomainException.invalid("webhook.event-types-required", String.join(", ", ForwardedEvents.names()));
        }
        Set<String> types = new LinkedHashSet<>();
        for (String name : eventTypes) {
            if (name == null || ForwardedEvents.byName(name.trim()).isEmpty()) {
                throw DomainException.invalid("webhook.event-type-invalid", name,
                        String.join(", ", ForwardedEvents.names()));
            }
            types.add(name.trim());
        }
        return types;
    }

    private static void requireRole(TdktPrincipal caller) {
        caller.requireAnyRole(TdktRole.UNIT_OFFICER, TdktRole.SNV_OFFICER, TdktRole.ADMIN);
    }
}
