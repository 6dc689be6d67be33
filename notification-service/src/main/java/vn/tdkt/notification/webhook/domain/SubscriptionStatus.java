package vn.tdkt.notification.webhook.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum SubscriptionStatus {
    ACTIVE("Đang hoạt động"),
    DISABLED("Tạm dừng");

    @Getter
    private final String label;
}
