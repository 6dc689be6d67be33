package vn.tdkt.notification.notice.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a notice reaches its recipient. */
@RequiredArgsConstructor
@Getter
public enum Channel {
    INBOX("Hộp thông báo trong hệ thống"),
    EMAIL("Thư điện tử"),
    WEBHOOK("Webhook (hệ thống của đơn vị, LGSP/NDXP)");

    private final String label;
}
