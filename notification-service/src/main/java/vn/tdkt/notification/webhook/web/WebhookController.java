package vn.tdkt.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Webhook subscriptions. The secret ({@code whsec_…}) is in the response of the creation and of
 * {@code POST /webhooks/{id}/secret} only; it is never listed.
 */
@Tag(name = "Webhook (webhooks)", description = "Đăng ký webhook cho hệ thống của đơn vị hoặc hệ thống ngoài "
        + "(LGSP/NDXP): mỗi sự kiện được gửi dạng CloudEvents có chữ ký HMAC theo Standard Webhooks; khóa bí mật chỉ "
        + "hiện một lần. — Webhook subscriptions for units' own and outside systems: each event is POSTed as a "
        + "CloudEvent signed per Standard Webhooks; the secret is shown once.")
@RestController
@PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
@RequestMapping("/api/v1/webhooks")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookController {

    private final WebhookService webhooks;

    /**
     * Subscribes a URL to events.
     * <p>A unit officer for their own unit (audience {@code UNIT}: the events that concern the unit); SNV_OFFICER and
     * ADMIN for any unit, and for the whole province (audience {@code PROVINCE}; anyone else 403
     * {@code webhook.province-audience}). The URL must be https (400 {@code webhook.url-invalid}); the event types are
     * those the service consumes, such as {@code task-due} or {@code award-decided}, except {@code unit-*} (400
     * {@code webhook.event-type-invalid}). The answer carries the signing secret ({@code whsec_…}) once: keep it, it is
     * never listed again. Each delivery is a POST of the CloudEvent with the {@code webhook-id},
     * {@code webhook-timestamp} and {@code webhook-signature} headers (the README shows how to verify them).
     *
     * @return 201 with the subscription and its secret, its {@code Location} and {@code ETag}
     */
    @PostMapping
    ResponseEntity<SubscriptionView> create(TdktPrincipal caller, @RequestBody SubscriptionRequest request) {
        WebhookService.WithSecret created = webhooks.create(caller, request.unitCode(), request.audience(),
                request.url(), request.eventTypes(), request.description());
        return ETags.created(URI.create("/api/v1/webhooks/" + created.subscription().value().id()),
                created.subscription(), s -> SubscriptionView.of(created.subscription(), created.secret()));
    }

    /**
     * Lists webhook subscriptions.
     * <p>A unit officer sees their own unit's (another {@code unit} answers 404); SNV_OFFICER and ADMIN all, or one
     * unit's. Secrets are never listed.
     *
     * @param unit the owner unit
     * @param page the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of subscriptions with the total count
     */
    @GetMapping
    PageResponse<SubscriptionView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            PageQuery page) {
        return webhooks.list(caller, unit, page).map(v -> SubscriptionView.of(v, null));
    }

    /**
     * Reads one subscription.
     * <p>Its unit's officers, SNV_OFFICER and ADMIN; another unit's subscription answers 404. Shows whether it is
     * active, and why and when it was disabled (after repeated failed rounds, or a 410 Gone from the receiver).
     *
     * @param id the subscription id
     * @return the subscription, without its secret
     */
    @GetMapping("/{id}")
    ResponseEntity<SubscriptionView> get(TdktPrincipal caller, @PathVariable String id) {
        Versioned<WebhookSubscription> found = webhooks.get(caller, id);
        return ETags.ok(found, s -> SubscriptionView.of(found, null));
    }

    /**
     * Changes a subscription's URL, event types and description.
     * <p>As reading it, with {@code If-Match} (a stale version answers 412). The same checks as on creation.
     *
     * @param id the subscription id
     * @return the subscription with its new {@code ETag}
     */
    @PutMapping("/{id}")
    ResponseEntity<SubscriptionView> change(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch,
            @RequestBody SubscriptionRequest request) {
        Versioned<WebhookSubscription> saved = webhooks.change(caller, id, ifMatch, request.url(),
                request.eventTypes(), request.description());
        return ETags.ok(saved, s -> SubscriptionView.of(saved, null));
    }

    /**
     * Deletes a subscription.
     * <p>As reading it, with {@code If-Match}. Deliveries already recorded stay in the log.
     *
     * @param id the subscription id
     * @return 204 when deleted
     */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(TdktPrincipal caller, @PathVariable String id, IfMatch ifMatch) {
        webhooks.delete(caller, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    /**
     * Rotates a subscription's signing secret.
     * <p>As reading it. The new secret is in this answer only; deliveries from now on are signed with it.
     *
     * @param id the subscription id
     * @return the subscription with its new secret
     */
    @PostMapping("/{id}/secret")
    ResponseEntity<SubscriptionView> rotateSecret(TdktPrincipal caller, @PathVariable String id) {
        WebhookService.WithSecret rotated = webhooks.rotateSecret(caller, id);
        return ETags.ok(rotated.subscription(), s -> SubscriptionView.of(rotated.subscription(), rotated.secret()));
    }

    /**
     * Enables a subscription again.
     * <p>As reading it. For a subscription disabled after failures, or one created disabled from the registry's webhook
     * URL ({@code registry-<unit>}): take its secret first with the rotation, then enable it (before that, 409
     * {@code webhook.secret-not-taken}). The failure count starts again.
     *
     * @param id the subscription id
     * @return the active subscription with its new {@code ETag}
     */
    @PostMapping("/{id}/enable")
    ResponseEntity<SubscriptionView> enable(TdktPrincipal caller, @PathVariable String id) {
        Versioned<WebhookSubscription> enabled = webhooks.enable(caller, id);
        return ETags.ok(enabled, s -> SubscriptionView.of(enabled, null));
    }

    /**
     * A webhook subscription.
     *
     * @param unitCode    the owner unit (default: the caller's; SNV/ADMIN may name any)
     * @param audience    UNIT (events concerning the unit, default) or PROVINCE (every event; SNV/ADMIN only)
     * @param url         where the events are POSTed (https)
     * @param eventTypes  the event types to receive
     * @param description what the receiving system is
     */
    record SubscriptionRequest(@Schema(example = "SGDDT") String unitCode,
            @Schema(example = "UNIT") SubscriptionAudience audience,
            @Schema(example = "https://qlvb.sgddt.example.gov.vn/hooks/tdkt") String url,
            @Schema(example = "[\"task-due\", \"task-overdue\", \"award-decided\"]") List<String> eventTypes,
            @Schema(example = "Hệ thống quản lý văn bản của Sở Giáo dục và Đào tạo") String description) {
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
