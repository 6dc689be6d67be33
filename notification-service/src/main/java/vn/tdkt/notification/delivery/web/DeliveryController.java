package vn.tdkt.notification.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.delivery.application.DeliveryService;
import vn.tdkt.notification.delivery.domain.Attempt;
import vn.tdkt.notification.delivery.domain.Delivery;
import vn.tdkt.notification.delivery.domain.DeliveryStatus;
import vn.tdkt.notification.notice.domain.Channel;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageResponse;
import vn.tdkt.platform.web.paging.PagingProperties;

/** The delivery log (every channel), a delivery's detail and history, and replay. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryService deliveries;
    private final PagingProperties paging;

    DeliveryController(DeliveryService deliveries, PagingProperties paging) {
        this.deliveries = deliveries;
        this.paging = paging;
    }

    @GetMapping
    PageResponse<DeliveryView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) String subscription, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return deliveries.list(caller, unit, status, channel, subscription, paging.query(page, size))
                .map(DeliveryView::summary);
    }

    @GetMapping("/{id}")
    ResponseEntity<DeliveryView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(deliveries.get(caller, id), DeliveryView::detail);
    }

    @PostMapping("/{id}/replay")
    ResponseEntity<DeliveryView> replay(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(deliveries.replay(caller, id), DeliveryView::detail);
    }

    /**
     * @param body    the text (inbox, e-mail) or the CloudEvent JSON (webhook); in the detail only
     * @param history the delivery's last rounds, deferrals and replays; in the detail only
     */
    record DeliveryView(String id, Channel channel, NoticeKind kind, String kindLabel, DeliveryStatus status,
            String statusLabel, String sourceEventId, String sourceEventType, String recipient, String unitCode,
            String address, String subscriptionId, boolean urgent, String subject, String body, String mergedInto,
            int mergedCount, LocalDate digestDay, String digestId, Instant createdAt, Instant notBefore,
            Instant sentAt, int attempts, int rounds, String lastError, List<Attempt> history) {

        static DeliveryView summary(Delivery d) {
            return of(d, false);
        }

        static DeliveryView detail(Delivery d) {
            return of(d, true);
        }

        private static DeliveryView of(Delivery d, boolean detail) {
            return new DeliveryView(d.id(), d.channel(), d.kind(), d.kind() == null ? null : d.kind().label(),
                    d.status(), d.status().label(), d.sourceEventId(), d.sourceEventType(), d.recipientKey(),
                    d.unitCode(), d.address(), d.subscriptionId(), d.urgent(), d.subject(),
                    detail ? d.body() : null, d.mergedInto(), d.mergedCount(), d.digestDay(), d.digestId(),
                    d.createdAt(), d.notBefore(), d.sentAt(), d.attempts(), d.rounds(), d.lastError(),
                    detail ? d.history() : null);
        }
    }
}
