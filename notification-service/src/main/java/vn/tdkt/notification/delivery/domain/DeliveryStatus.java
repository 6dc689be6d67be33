package vn.tdkt.notification.delivery.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where one delivery (a notice to one recipient on one channel, or an event to one webhook) stands. */
@RequiredArgsConstructor
@Getter
public enum DeliveryStatus {
    PENDING("Đang chờ gửi"),
    HELD("Chờ bản tin tổng hợp hằng ngày"),
    SENT("Đã gửi"),
    FAILED("Gửi không thành công"),
    MERGED("Đã gộp với thông báo tương đương"),
    DIGESTED("Đã đưa vào bản tin tổng hợp"),
    SKIPPED("Không gửi được (thiếu địa chỉ)");

    private final String label;
}
