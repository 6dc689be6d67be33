package vn.tdkt.notification.webhook.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Which events of the subscribed types a subscription receives. */
@RequiredArgsConstructor
@Getter
public enum SubscriptionAudience {
    /** Events that concern the owner unit (its tasks, dossiers, reports…): a unit's own system. */
    UNIT("Sự kiện liên quan đến đơn vị"),
    /** Every event of the subscribed types, province-wide: outside systems such as LGSP/NDXP (SNV, ADMIN only). */
    PROVINCE("Mọi sự kiện trong tỉnh (LGSP/NDXP)");

    private final String label;
}
