package vn.tdkt.notification.delivery.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import vn.tdkt.platform.web.ETags;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The delivery log (every channel), a delivery's detail and history, and replay. */
@Tag(name = "Nhật ký gửi (deliveries)", description = "Nhật ký mọi lần gửi thông báo trên mọi kênh (hộp thư, e-mail, "
        + "webhook): trạng thái, số lần thử, lỗi gần nhất, lịch sử; gửi lại một thông báo đã gửi hoặc thất bại. — "
        + "The log of every delivery on every channel: status, attempts, last error, history; replay a sent or "
        + "failed one.")
@RestController
@PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
@RequestMapping("/api/v1/deliveries")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeliveryController {

    private final DeliveryService deliveries;

    /**
     * Lists deliveries, newest first.
     * <p>A unit officer sees their own unit's (another {@code unit} answers 404); SNV_OFFICER and ADMIN all, or one
     * unit's. The list leaves out the text and the history: read one delivery for them.
     *
     * @param unit         the recipient's unit
     * @param status       only deliveries in this state (pending, held for quiet hours or a digest, sent, failed…)
     * @param channel      {@code INBOX}, {@code EMAIL} or {@code WEBHOOK}
     * @param subscription one webhook subscription's deliveries
     * @param page         the page ({@code page} from 0; {@code size} default 20, at most 100)
     * @return one page of deliveries with the total count
     */
    @GetMapping
    PageResponse<DeliveryView> list(TdktPrincipal caller, @RequestParam(required = false) String unit,
            @RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) String subscription, PageQuery page) {
        return deliveries.list(caller, unit, status, channel, subscription, page)
                .map(DeliveryView::summary);
    }

    /**
     * Reads one delivery with its text and history.
     * <p>As the list; another unit's delivery answers 404. The text is the e-mail or inbox text, or the CloudEvent JSON
     * of a webhook; the history lists its rounds, deferrals and replays.
     *
     * @param id the delivery id
     * @return the delivery
     */
    @GetMapping("/{id}")
    ResponseEntity<DeliveryView> get(TdktPrincipal caller, @PathVariable String id) {
        return ETags.ok(deliveries.get(caller, id), DeliveryView::detail);
    }

    /**
     * Sends a sent or failed e-mail or webhook again, as the same message.
     * <p>As the list. The message keeps its id (the e-mail's {@code Message-ID}, the {@code webhook-id}), so the
     * receiver can tell it is the same. Only a sent or failed e-mail or webhook can be replayed (409
     * {@code delivery.not-replayable}); a webhook whose subscription is not active answers 409
     * {@code delivery.subscription-inactive}.
     *
     * @param id the delivery id
     * @return the delivery, waiting to be sent again
     */
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
