package vn.tdkt.notification.email.domain;

/** State of one e-mail in the delivery log. */
public enum DeliveryStatus {
    PENDING("Đang chờ gửi"),
    SENT("Đã gửi"),
    FAILED("Gửi không thành công"),
    SKIPPED("Không gửi");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
