package vn.tdkt.notification.delivery.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.notification.delivery.application.DeliveryService;
import vn.tdkt.notification.notice.domain.NoticeKind;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** What the daily digests hold now: per recipient and day, the held notices. */
@Tag(name = "Bản tổng hợp hằng ngày (digests)", description = "Các thông báo đang chờ gửi trong bản tổng hợp e-mail "
        + "hằng ngày (16:30) của từng người nhận đã chọn nhận tổng hợp. — The notices waiting for each recipient's "
        + "daily e-mail digest (16:30).")
@RestController
@PreAuthorize(Roles.UNIT_SNV_OR_ADMIN)
@RequestMapping("/api/v1/digests")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DigestController {

    private final DeliveryService deliveries;

    /**
     * Lists what the daily digests hold now.
     * <p>A unit officer sees their own unit's (another {@code unit} answers 404); SNV_OFFICER and ADMIN any unit's. Per
     * recipient and day, the held notices that will go out together at 16:30; urgent kinds never wait for a digest.
     *
     * @param unit the unit; the caller's own when left out
     * @return per recipient and day, the held notices
     */
    @GetMapping
    List<DigestView> pending(TdktPrincipal caller, @RequestParam(required = false) String unit) {
        return deliveries.digests(caller, unit).stream().map(DigestView::of).toList();
    }

    record DigestView(String recipient, String unitCode, String address, LocalDate day, int count,
            List<Item> items) {

        static DigestView of(DeliveryService.PendingDigest digest) {
            return new DigestView(digest.recipient(), digest.unitCode(), digest.address(), digest.day(),
                    digest.items().size(), digest.items().stream()
                            .map(d -> new Item(d.id(), d.kind(), d.kind() == null ? null : d.kind().label(),
                                    d.subject(), d.createdAt()))
                            .toList());
        }
    }

    record Item(String deliveryId, NoticeKind kind, String kindLabel, String subject, Instant createdAt) {
    }
}
