package vn.tdkt.notification.email.web;

import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.email.application.EmailDeliveryService;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailDelivery;
import vn.tdkt.notification.inbox.domain.NotificationKind;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

/** The e-mail delivery log, for Sở Nội vụ officers and administrators. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final EmailDeliveryService deliveries;
    private final PagingProperties paging;

    DeliveryController(EmailDeliveryService deliveries, PagingProperties paging) {
        this.deliveries = deliveries;
        this.paging = paging;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SNV_OFFICER', 'ADMIN')")
    PageResponse<DeliveryView> list(@RequestParam(required = false) String unit,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return deliveries.list(unit == null || unit.isBlank() ? null : unit.trim(), status, paging.query(page, size))
                .map(DeliveryView::of);
    }

    record DeliveryView(String id, String inboxEntryId, String unitCode, NotificationKind kind, String recipient,
            String subject, DeliveryStatus status, String statusLabel, int attempts, String lastError,
            Instant createdAt, Instant updatedAt, Instant sentAt, Instant nextAttemptAt) {

        static DeliveryView of(EmailDelivery delivery) {
            return new DeliveryView(delivery.id(), delivery.id(), delivery.unitCode(), delivery.kind(),
                    delivery.recipient(), delivery.subject(), delivery.status(), delivery.status().label(),
                    delivery.attempts(), delivery.lastError(), delivery.createdAt(), delivery.updatedAt(),
                    delivery.sentAt(), delivery.nextAttemptAt());
        }
    }
}
