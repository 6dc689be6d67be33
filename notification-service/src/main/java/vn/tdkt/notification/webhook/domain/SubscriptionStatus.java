package vn.tdkt.notification.webhook.domain;

public enum SubscriptionStatus {
    ACTIVE("Đang hoạt động"),
    DISABLED("Tạm dừng");

    private final String label;

    SubscriptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
