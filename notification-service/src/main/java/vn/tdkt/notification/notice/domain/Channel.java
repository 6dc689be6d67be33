package vn.tdkt.notification.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a notice reaches its recipient. */
@RequiredArgsConstructor
public enum Channel {
    INBOX("Hộp thông báo trong hệ thống"),
    EMAIL("Thư điện tử"),
    WEBHOOK("Webhook (hệ thống của đơn vị, LGSP/NDXP)");

    @Getter
    private final String label;
}
