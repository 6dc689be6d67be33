package vn.tdkt.notification.webhook.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.webhook.application.WebhookService;
import vn.tdkt.notification.webhook.domain.SubscriptionAudience;
import vn.tdkt.notification.webhook.domain.SubscriptionOrigin;
import vn.tdkt.notification.webhook.domain.SubscriptionStatus;
import vn.tdkt.notification.webhook.domain.WebhookSubscription;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

/**
 * Webhook subscriptions. The secret ({@code whsec_…}) is in the response of the creation and of
 * {@code POST /webhooks/{id}/secret} only; it is never listed.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    private final WebhookService webhooks;
    private final PagingProperties paging;

    WebhookController(WebhookService webhooks, PagingProperties paging) {
        this.webhooks = webhooks;
        this.paging = paging;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> create(TdktPrincipal caller, @RequestBody SubscriptionRequest request) {
        WebhookService.WithSecret created = webhooks.create(caller, request.unitCode(), request.audience(),
                request.url(), request.eventTypes(), request.description());
        return ETags.created(URI.create("/api/v1/webhooks/" + created.subscription().value().id()),
                created.subscription(), s -> SubscriptionView.of(created.subscription(), created.secret()));
    }

    @GetMapping
    PageResponse<SubscriptionView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return webhooks.list(caller, unit, paging.query(page, size)).map(v -> SubscriptionView.of(v, null));
    }

    @GetMapping("/{id}")
    ResponseEntity<SubscriptionView> get(TdktPrincipal caller, @PathVariable String id) {
        Versioned<WebhookSubscription> found = webhooks.get(caller, id);
        return ETags.ok(found, s -> SubscriptionView.of(found, null));
    }

    @PutMapping("/{id}")
    ResponseEntity<SubscriptionView> change(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody SubscriptionRequest request) {
        Versioned<WebhookSubscription> saved = webhooks.change(caller, id, ifMatch, request.url(),
                request.eventTypes(), request.description());
        return ETags.ok(saved, s -> SubscriptionView.of(saved, null));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        webhooks.delete(caller, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/secret")
    ResponseEntity<SubscriptionView> rotateSecret(TdktPrincipal caller, @PathVariable String id) {
        WebhookService.WithSecret rotated = webhooks.rotateSecret(caller, id);
        return ETags.ok(rotated.subscription(), s -> SubscriptionView.of(rotated.subscription(), rotated.secret()));
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<SubscriptionView> enable(TdktPrincipal caller, @PathVariable String id) {
        Versioned<WebhookSubscription> enabled = webhooks.enable(caller, id);
        return ETags.ok(enabled, s -> SubscriptionView.of(enabled, null));
    }

    /**
     * @param unitCode the owner unit (default: the caller's; SNV/ADMIN may name any)
     * @param audience UNIT (events concerning the unit, default) or PROVINCE (every event; SNV/ADMIN only)
     */
    record SubscriptionRequest(String unitCode, SubscriptionAudience audience, String url, List<String> eventTypes,
            String description) {
    }

    record SubscriptionView(String id, String unitCode, SubscriptionAudience audience, String audienceLabel,
            String url, Set<String> eventTypes, String description, SubscriptionStatus status, String statusLabel,
            String disabledReason, Instant disabledAt, int consecutiveFailures, SubscriptionOrigin origin,
            Instant createdAt, String createdBy, long version, String secret) {

        static SubscriptionView of(Versioned<WebhookSubscription> versioned, String secret) {
            WebhookSubscription s = versioned.value();
            return new SubscriptionView(s.id(), s.ownerUnit(), s.audience(), s.audience().label(), s.url(),
                    s.eventTypes(), s.description(), s.status(), s.status().label(), s.disabledReason(),
                    s.disabledAt(), s.consecutiveFailures(), s.origin(), s.createdAt(), s.createdBy(),
                    versioned.version(), secret);
        }
    }
}
