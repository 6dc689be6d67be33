package vn.tdkt.notification.webhook.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
@Getter
public enum SubscriptionStatus {
    ACTIVE("Đang hoạt động"),
    DISABLED("Tạm dừng");

    private final String label;
}
