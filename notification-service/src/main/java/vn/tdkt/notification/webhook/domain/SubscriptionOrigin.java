package vn.tdkt.notification.webhook.domain;

/** Who created a subscription. */
public enum SubscriptionOrigin {
    /** Through {@code POST /api/v1/webhooks}: the secret was shown to the creator. */
    API("Đăng ký qua API"),
    /**
     * From the webhook URL of the unit registry (plan-service): created disabled, since nobody has seen its secret
     * yet; the unit's officer takes the secret ({@code POST /webhooks/{id}/secret}) and enables it.
     */
    REGISTRY("Theo danh mục đơn vị");

    private final String label;

    SubscriptionOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
