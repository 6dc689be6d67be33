package vn.tdkt.notification.notice.domain;

/** How a notice reaches its recipient. */
public enum Channel {
    INBOX("Hộp thông báo trong hệ thống"),
    EMAIL("Thư điện tử"),
    WEBHOOK("Webhook (hệ thống của đơn vị, LGSP/NDXP)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
