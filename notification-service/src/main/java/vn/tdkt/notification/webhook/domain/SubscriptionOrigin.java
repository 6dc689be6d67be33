package vn.tdkt.notification.webhook.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Who created a subscription. */
@RequiredArgsConstructor
@Getter
public enum SubscriptionOrigin {
    /** Through {@code POST /api/v1/webhooks}: the secret was shown to the creator. */
    API("Đăng ký qua API"),
    /**
     * From the webhook URL of the unit registry (plan-service): created disabled, since nobody has seen its secret
     * yet; the unit's officer takes the secret ({@code POST /webhooks/{id}/secret}) and enables it.
     */
    REGISTRY("Theo danh mục đơn vị");

    private final String label;
}
